### Civic311 service catalogue: English names and descriptions of the service groups and
### service types in server/seed/catalogue.toml. The text matches that file; ids follow its codes.

## Service groups

service-group-roads = Roads and sidewalks
service-group-streetlights-signs = Streetlights, signs and signals
service-group-snow-ice = Snow and ice
service-group-garbage = Garbage, recycling and green bin
service-group-graffiti-dumping = Graffiti and illegal dumping
service-group-water = Water, sewers and drains
service-group-trees = Trees
service-group-parks = Parks and recreation
service-group-animals = Animals
service-group-property-noise = Property, noise and bylaws

## Roads and sidewalks

service-pothole = Pothole
    .description = A hole or broken patch in the surface of a City road or laneway. Tell us roughly how big it is and which lane it is in.

service-road-hazard = Road hazard
    .description = Something on a road that is dangerous right now, such as a collapsed road surface, a missing manhole cover or large debris in a live lane. If anyone is hurt or in danger, call 911.

service-sidewalk-damaged = Damaged sidewalk
    .description = A cracked, lifted, sunken or broken sidewalk that could cause someone to trip or that blocks a wheelchair or stroller.

service-curb-damaged = Damaged curb
    .description = A broken, crumbling or missing curb along a City road.

service-street-sweeping = Street needs sweeping
    .description = Sand, gravel, mud or litter built up along a road or in a bike lane that needs a street sweeper.

service-bike-lane-obstruction = Bike lane obstruction
    .description = Debris, construction material, bins or damaged bollards blocking a bike lane or cycle track. For a vehicle parked in a bike lane, call Toronto Police Parking Enforcement at 416-808-2222.

service-construction-blocking = Road or sidewalk blocked by construction
    .description = A construction site or utility work that blocks a road or sidewalk without a safe detour, or that left the area unsafe.

service-guardrail-damaged = Damaged guardrail or road fence
    .description = A bent, broken or missing guardrail, railing or fence along a road, bridge or ramp.

service-laneway-repair = Laneway in poor repair
    .description = A public laneway with a broken surface, poor drainage or deep ruts. For a single hole, choose Pothole.

service-long-term-parking = Vehicle parked too long on a residential street
    .description = A vehicle that has stayed in the same spot on a residential street for longer than parking rules allow.

## Streetlights, signs and signals

service-streetlight-out = Streetlight out
    .description = A streetlight that is out, flickering or on during the day. Streetlights are maintained with Toronto Hydro; lights on private property or in some parks may belong to others.

service-streetlight-pole-damaged = Damaged streetlight pole
    .description = A streetlight pole that is leaning, knocked down, missing its access cover or has exposed wires. Stay away from fallen wires and call 911 if they are sparking.

service-sign-damaged = Damaged or missing sign
    .description = A street name, parking, speed limit or other road sign that is damaged, faded, turned or missing. For a stop or yield sign that is down, choose Stop or yield sign down.

service-stop-sign-down = Stop or yield sign down
    .description = A stop or yield sign that is knocked down, missing or turned so drivers cannot see it. It is handled as a road hazard.

service-traffic-signal-malfunction = Traffic signal not working
    .description = A traffic light that is dark, stuck, flashing or damaged. Treat a dark signal as an all-way stop.

service-pedestrian-signal = Pedestrian signal or push button not working
    .description = A walk signal, countdown timer, audible signal or crossing push button that does not work.

service-traffic-safety-concern = Traffic safety concern
    .description = Ask for a review of speeding, signal timing, visibility or a street that is hard to cross. Reviews take time and may lead to new signs, markings or signal changes.

service-pavement-markings-faded = Faded pavement markings
    .description = Lane lines, crosswalk lines, stop bars or bike lane symbols that are worn and hard to see.

## Snow and ice

service-snow-sidewalk = Sidewalk not cleared of snow
    .description = A sidewalk that the City clears still has snow or ice after a storm. Clearing starts once enough snow has fallen, so allow time after the snow stops.

service-snow-road = Road not plowed
    .description = A road that has not been plowed after a snowfall has ended. Main roads and bus routes are plowed first, then local streets.

service-windrow-not-cleared = Driveway windrow not cleared
    .description = The ridge of snow left by a plow at the end of your driveway was not cleared, on a street where the City offers windrow clearing.

service-icy-road-salting = Icy road or sidewalk needs salt
    .description = A City road, sidewalk, crosswalk or pedestrian bridge that is icy and needs salt or sand.

## Garbage, recycling and green bin

service-missed-garbage = Missed garbage collection
    .description = Your garbage bin was out on time on your collection day but was not picked up. Check your collection schedule for holiday changes first.

service-missed-recycling = Missed recycling collection
    .description = Your blue bin was out on time on your collection day but was not picked up.

service-missed-green-bin = Missed green bin collection
    .description = Your green bin for food scraps and organics was out on time on your collection day but was not picked up.

service-missed-yard-waste = Missed yard waste collection
    .description = Yard waste in paper bags or an open container was set out on your collection day during yard waste season but was not picked up.

service-bin-damaged = Damaged bin
    .description = A City-issued garbage, recycling or green bin that is cracked or has a broken lid, wheel or handle. It will be repaired or replaced.

service-bin-missing = Missing or stolen bin
    .description = Your City-issued bin is missing, was stolen or was taken away by the collection truck.

service-bulky-item-pickup = Bulky item pickup
    .description = Book a pickup of furniture, mattresses, appliances and other large items on your garbage collection day.

service-litter-bin-overflowing = Street litter bin overflowing
    .description = A public litter or recycling bin on a street that is full and overflowing.

service-litter-bin-damaged = Damaged street litter bin
    .description = A public litter or recycling bin on a street that is broken, tipped over or missing.

## Graffiti and illegal dumping

service-graffiti-city-property = Graffiti on City property
    .description = Graffiti on a City building, wall, bridge or other City-owned structure. For hateful or gang-related graffiti, choose Hate or gang graffiti.

service-graffiti-road-assets = Graffiti on road signs, poles or signal boxes
    .description = Graffiti on road signs, traffic signal boxes, streetlight poles, retaining walls or other road assets. Utility poles and boxes may belong to Bell, Rogers or Toronto Hydro.

service-graffiti-private-property = Graffiti on private property
    .description = Graffiti on a house, business, fence or other private property that can be seen from the street. The owner is responsible for removing it and may receive a notice.

service-graffiti-park = Graffiti in a park
    .description = Graffiti on a park building, washroom, playground, bench or other park structure.

service-graffiti-hate = Hate or gang graffiti
    .description = Graffiti with hateful, racist or gang-related content. Report it first to Toronto Police at 416-808-2222 (non-emergency), then here so that it can be removed quickly.

service-illegal-dumping = Illegal dumping
    .description = Garbage, furniture, tires, construction waste or other items dumped on a road, laneway, sidewalk or other City property.

service-illegal-posters = Illegal posters or signs on poles
    .description = Posters, flyers or signs attached to poles, trees or other structures on the street. Utility poles may belong to Bell, Rogers or Toronto Hydro.

service-abandoned-shopping-cart = Abandoned shopping cart
    .description = A shopping cart left on a street or sidewalk, or in a park or ravine.

service-abandoned-bike = Abandoned bicycle
    .description = A bicycle that has been locked to a City post or bike ring for a long time and is missing parts or cannot be ridden. It is tagged before it is removed.

## Water, sewers and drains

service-water-main-break = Water main break
    .description = Water coming up through the road, sidewalk or ground, which may mean a broken water main.

service-no-water = No water
    .description = No water at all is coming from the taps in your home or building.

service-low-water-pressure = Low water pressure
    .description = Water pressure at your taps is much lower than usual.

service-sewer-backup = Sewer backup or basement flooding
    .description = Sewage or water backing up through a floor drain or toilet, or a basement flooding from the sewer.

service-catch-basin-blocked = Blocked catch basin
    .description = A street drain or catch basin that is clogged with leaves or debris, or water pooling on the road because it cannot drain.

service-fire-hydrant-damaged = Damaged or leaking fire hydrant
    .description = A fire hydrant that has been hit, is leaking, is missing a cap or is blocked.

service-water-quality = Discoloured or bad-tasting water
    .description = Tap water that is brown, cloudy or has an unusual taste or smell.

service-water-leak = Water leak at the curb or valve
    .description = Water leaking from a water service box or valve at the edge of a property, on the City side.

service-sewer-odour = Sewer odour
    .description = A strong sewage smell coming from a manhole, catch basin or street drain.

## Trees

service-tree-emergency = Tree down or damaged (emergency)
    .description = A City tree or large branch that has fallen or is about to fall, blocking a road or sidewalk or threatening people or property. Stay away from wires; Toronto Hydro handles trees touching power lines.

service-tree-pruning = Tree pruning (non-emergency)
    .description = Ask for pruning of a City tree on the road allowance, for example branches hanging low over a sidewalk, blocking a sign or touching a house.

service-tree-planting = Request a tree
    .description = Ask for a free tree to be planted on the City-owned road allowance in front of your home.

service-tree-inspection = Dead or dying City tree
    .description = Ask for an inspection of a City tree that looks dead, dying, hollow or unstable but is not an immediate danger.

service-stump-removal = Tree stump removal
    .description = A stump left behind after a City tree was removed from the road allowance.

service-tree-pest = Tree pest or disease
    .description = Signs of insects or disease on a City tree, such as spongy moth caterpillars, emerald ash borer damage or unusual leaf loss.

## Parks and recreation

service-park-washroom = Park washroom problem
    .description = A park washroom that is dirty, out of supplies, locked during posted hours or has a broken fixture.

service-playground-damaged = Damaged playground equipment
    .description = Broken, loose or unsafe equipment in a City playground, such as a swing, slide or climber.

service-park-encampment = Encampment in a park
    .description = Tents or structures in a park. Outreach workers will visit to offer shelter and support. If someone needs medical help or is in danger, call 911.

service-park-litter = Litter or full bins in a park
    .description = Garbage scattered in a park, or park litter bins that are full.

service-park-grass-overgrown = Overgrown grass in a park
    .description = Grass or weeds in a park, parkette or boulevard garden that need cutting.

service-park-lights-out = Park lighting out
    .description = A pathway, sports field or parking lot light in a park that is out or flickering.

service-drinking-fountain = Drinking fountain or splash pad not working
    .description = A park drinking fountain, bottle filler or splash pad that is not working or is leaking.

service-park-amenity-damaged = Damaged park bench, table or fence
    .description = A broken bench, picnic table, fence, gate, sign or other fixture in a park.

## Animals

service-dead-animal-road = Dead animal on road or sidewalk
    .description = A dead animal on a road, sidewalk, laneway or other public place. It will be picked up.

service-injured-wildlife = Injured or sick wildlife
    .description = A wild animal, such as a raccoon, fox or bird, that is injured, sick or trapped. Do not try to handle it.

service-stray-dog = Stray or loose dog
    .description = A dog running loose on the street with no owner nearby. If the dog is aggressive, keep your distance.

service-dog-bite = Dog bite or attack
    .description = A dog that bit or attacked a person or another animal. If someone is seriously hurt, call 911.

service-dog-off-leash = Dog off leash
    .description = Dogs off leash outside a designated off-leash area, in a park or on a street.

service-animal-bylaw = Animal bylaw complaint
    .description = Too many pets at one address, people feeding wildlife or pigeons, or animal waste left on a property.

## Property, noise and bylaws

service-noise = Noise complaint
    .description = Loud music, construction outside permitted hours, barking dogs or equipment noise from a property or business.

service-property-standards-urgent = Urgent property standards issue
    .description = A serious problem in a rental or other building that affects health or safety, such as no heat in winter, no water, a broken entrance door lock or an unsafe structure.

service-property-standards = Property standards complaint
    .description = A building or yard that is not kept in good repair, such as pests, mould, broken windows, a leaking roof or damaged stairs and railings, with no immediate danger.

service-long-grass-weeds = Long grass or weeds on private property
    .description = Grass or weeds on a private property that are taller than the bylaw allows.

service-waste-private-property = Garbage or debris on private property
    .description = Garbage, junk or debris piled up in a private yard, on a porch or in a driveway.

service-abandoned-vehicle = Abandoned vehicle on private property
    .description = A wrecked, dismantled or unplated vehicle left on a private property.

service-short-term-rental = Short-term rental complaint
    .description = A home rented out for short stays that may not be registered, is not the host's principal residence, or keeps causing problems for neighbours.
