### Le divisioni comunali che gestiscono le richieste di servizio, come le vedono i residenti.

division-municipal-licensing-standards = Licenze e norme comunali
division-parks-forestry-recreation = Parchi, foreste e attività ricreative
division-solid-waste-management-services = Servizi di gestione dei rifiuti solidi
division-toronto-animal-services = Servizi per gli animali di Toronto
division-toronto-water = Servizio idrico di Toronto
division-transportation-services = Servizi di trasporto
division-urban-forestry = Silvicoltura urbana
