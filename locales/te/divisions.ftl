### సేవా అభ్యర్థనలను నిర్వహించే నగర విభాగాలు, నివాసితులు చూసే విధంగా.

division-municipal-licensing-standards = మునిసిపల్ లైసెన్సింగ్ మరియు ప్రమాణాలు
division-parks-forestry-recreation = పార్కులు, అటవీ సంరక్షణ మరియు వినోదం
division-solid-waste-management-services = ఘన వ్యర్థాల నిర్వహణ సేవలు
division-toronto-animal-services = టొరంటో జంతు సేవలు
division-toronto-water = టొరంటో నీటి సేవలు
division-transportation-services = రవాణా సేవలు
division-urban-forestry = పట్టణ అటవీ సంరక్షణ
