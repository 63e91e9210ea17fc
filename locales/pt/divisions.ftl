### As divisões da Cidade que tratam dos pedidos de serviço, tal como os residentes as veem.

division-municipal-licensing-standards = Licenciamento e Normas Municipais
division-parks-forestry-recreation = Parques, Silvicultura e Recreação
division-solid-waste-management-services = Serviços de Gestão de Resíduos Sólidos
division-toronto-animal-services = Serviços de Animais de Toronto
division-toronto-water = Serviço de Água de Toronto
division-transportation-services = Serviços de Transporte
division-urban-forestry = Silvicultura Urbana
