### Gradske službe koje obrađuju zahtjeve za usluge, onako kako ih vide stanovnici.

division-municipal-licensing-standards = Gradske dozvole i standardi
division-parks-forestry-recreation = Parkovi, šumarstvo i rekreacija
division-solid-waste-management-services = Službe za gospodarenje krutim otpadom
division-toronto-animal-services = Torontska služba za životinje
division-toronto-water = Torontski vodovod
division-transportation-services = Prometne službe
division-urban-forestry = Gradsko šumarstvo
