### د ښاروالۍ هغه څانګې چې د خدمت غوښتنې ترسره کوي، لکه څنګه چې اوسېدونکي یې ویني.

division-municipal-licensing-standards = د ښاروالۍ جوازونه او معیارونه
division-parks-forestry-recreation = پارکونه، ځنګلونه او تفریح
division-solid-waste-management-services = د کلکو خځلو د مدیریت خدمتونه
division-toronto-animal-services = د ټورنټو د حیواناتو خدمتونه
division-toronto-water = د ټورنټو د اوبو خدمتونه
division-transportation-services = د ټرانسپورټ خدمتونه
division-urban-forestry = ښاري ځنګلونه
