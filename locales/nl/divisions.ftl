### De gemeentelijke afdelingen die serviceverzoeken behandelen, zoals inwoners ze zien.

division-municipal-licensing-standards = Gemeentelijke vergunningen en normen
division-parks-forestry-recreation = Parken, bosbeheer en recreatie
division-solid-waste-management-services = Diensten voor afvalbeheer
division-toronto-animal-services = Dierendienst Toronto
division-toronto-water = Waterbedrijf Toronto
division-transportation-services = Vervoersdiensten
division-urban-forestry = Stedelijk bosbeheer
