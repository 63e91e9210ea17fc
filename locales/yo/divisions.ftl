### Àwọn ẹ̀ka Ìjọba Ìlú tí ó ń bójú tó ìbéèrè iṣẹ́, bí àwọn olùgbé ṣe ń rí wọn.

division-municipal-licensing-standards = Ìwé-àṣẹ àti Ìlànà Ìjọba Ìlú
division-parks-forestry-recreation = Ọgbà ìgbafẹ́, Igbó àti Eré ìdárayá
division-solid-waste-management-services = Iṣẹ́ Ìṣàkóso Ìdọ̀tí Líle
division-toronto-animal-services = Iṣẹ́ Ẹranko Toronto
division-toronto-water = Iṣẹ́ Omi Toronto
division-transportation-services = Iṣẹ́ Ìrìnnà
division-urban-forestry = Ìtọ́jú Igi Ìlú
