### Die städtischen Abteilungen, die Serviceanfragen bearbeiten, so wie die Einwohner sie sehen.

division-municipal-licensing-standards = Städtische Genehmigungen und Vorschriften
division-parks-forestry-recreation = Parks, Forst und Freizeit
division-solid-waste-management-services = Abfallwirtschaftsdienste
division-toronto-animal-services = Tierdienste Toronto
division-toronto-water = Wasserbetriebe Toronto
division-transportation-services = Verkehrsdienste
division-urban-forestry = Stadtforstwirtschaft
