### Las divisiones municipales que atienden las solicitudes de servicio, tal como las ven los residentes.

division-municipal-licensing-standards = Licencias y Normas Municipales
division-parks-forestry-recreation = Parques, Silvicultura y Recreación
division-solid-waste-management-services = Servicios de Gestión de Residuos Sólidos
division-toronto-animal-services = Servicios de Animales de Toronto
division-toronto-water = Servicio de Agua de Toronto
division-transportation-services = Servicios de Transporte
division-urban-forestry = Silvicultura Urbana
