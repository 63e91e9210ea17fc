### സേവന അഭ്യർത്ഥനകൾ കൈകാര്യം ചെയ്യുന്ന നഗരസഭാ വിഭാഗങ്ങൾ, താമസക്കാർ കാണുന്ന രീതിയിൽ.

division-municipal-licensing-standards = മുനിസിപ്പൽ ലൈസൻസിങ്ങും മാനദണ്ഡങ്ങളും
division-parks-forestry-recreation = പാർക്കുകൾ, വനപരിപാലനം, വിനോദം
division-solid-waste-management-services = ഖരമാലിന്യ സംസ്കരണ സേവനങ്ങൾ
division-toronto-animal-services = ടൊറന്റോ മൃഗ സേവനങ്ങൾ
division-toronto-water = ടൊറന്റോ ജല സേവനം
division-transportation-services = ഗതാഗത സേവനങ്ങൾ
division-urban-forestry = നഗര വനപരിപാലനം
