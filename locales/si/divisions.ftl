### සේවා ඉල්ලීම් හසුරුවන නගර අංශ, පදිංචිකරුවන් ඒවා දකින ආකාරයට.

division-municipal-licensing-standards = නාගරික බලපත්‍ර සහ ප්‍රමිති
division-parks-forestry-recreation = උද්‍යාන, වන සංරක්ෂණය සහ විනෝදාස්වාදය
division-solid-waste-management-services = ඝන අපද්‍රව්‍ය කළමනාකරණ සේවා
division-toronto-animal-services = ටොරොන්ටෝ සත්ත්ව සේවා
division-toronto-water = ටොරොන්ටෝ ජල සේවා
division-transportation-services = ප්‍රවාහන සේවා
division-urban-forestry = නාගරික වන සංරක්ෂණය
