### Catalogue questions: the extra questions (Open311 attributes) of each service type, and
### the answers offered for list questions as attributes named after their keys.

## Pothole
question-pothole-size = About how big is the pothole?
    .small = Smaller than a dinner plate
    .medium = About the size of a car tire
    .large = Larger than a car tire
question-pothole-lane = Which part of the road is it in?
    .curb-lane = Curb lane
    .centre-lane = Centre or passing lane
    .turn-lane = Turning lane
    .bike-lane = Bike lane
    .laneway = Laneway

## Road hazard
question-road-hazard-hazard_type = What is the hazard?
    .road-collapse = Road surface collapsed or sinkhole
    .missing-cover = Missing or broken manhole or grate cover
    .debris = Large debris in a lane
    .spill = Spill or slippery substance
    .other = Something else

## Damaged sidewalk
question-sidewalk-damaged-damage = What is wrong with the sidewalk?
    .cracked = Cracked
    .lifted = Lifted or uneven slabs
    .sunken = Sunken or hollow
    .missing = Missing pieces
    .curb-ramp = Damaged curb ramp
question-sidewalk-damaged-trip_height = About how high is the uneven edge, in centimetres?

## Bike lane obstruction
question-bike-lane-obstruction-obstruction = What is blocking the bike lane?
    .debris = Debris or litter
    .construction = Construction material or equipment
    .bins = Garbage or recycling bins
    .bollard = Damaged or fallen bollard
    .other = Something else

## Vehicle parked too long on a residential street
question-long-term-parking-licence_plate = What is the licence plate, if you can see it?
question-long-term-parking-vehicle_description = Describe the vehicle (colour, make, type).
question-long-term-parking-days_parked = About how many days has it been parked there?

## Streetlight out
question-streetlight-out-light_problem = What is wrong with the light?
    .out = It is out
    .flickering = Flickering or cycling on and off
    .day-burning = On during the day
    .several-out = Several lights out in a row
question-streetlight-out-pole_number = If the pole has a number tag, what does it say?

## Damaged or missing sign
question-sign-damaged-sign_type = What kind of sign is it?
    .street-name = Street name
    .parking = Parking
    .speed-limit = Speed limit
    .warning = Warning sign (curve, school zone and similar)
    .other = Other
question-sign-damaged-sign_condition = What is wrong with it?
    .bent = Bent or knocked over
    .faded = Faded or hard to read
    .turned = Turned the wrong way
    .blocked = Hidden by branches
    .missing = Missing

## Traffic signal not working
question-traffic-signal-malfunction-signal_problem = What is the signal doing?
    .dark = Completely dark
    .flashing = Flashing red or yellow
    .stuck = Stuck on one colour
    .damaged = Knocked over or damaged
    .turned = Turned the wrong way
question-traffic-signal-malfunction-direction = Which direction of travel is affected (for example, northbound)?

## Traffic safety concern
question-traffic-safety-concern-concern = What are your concerns?
    .speeding = Speeding
    .signal-timing = Signal timing
    .visibility = Poor visibility
    .crossing = Hard to cross
    .cut-through = Cut-through traffic
question-traffic-safety-concern-details = Tell us more: when does it happen, and who is affected?

## Sidewalk not cleared of snow
question-snow-sidewalk-condition = What is the sidewalk like?
    .snow = Snow-covered
    .ice = Icy
    .snowbank = Blocked by a snowbank from road plowing

## Missed garbage collection
question-missed-garbage-collection_day = What was your scheduled collection day?
question-missed-garbage-set_out = Was the bin at the curb by 7 a.m.?
    .yes = Yes
    .no = No

## Missed recycling collection
question-missed-recycling-collection_day = What was your scheduled collection day?
question-missed-recycling-set_out = Was the bin at the curb by 7 a.m.?
    .yes = Yes
    .no = No

## Missed green bin collection
question-missed-green-bin-collection_day = What was your scheduled collection day?
question-missed-green-bin-set_out = Was the bin at the curb by 7 a.m.?
    .yes = Yes
    .no = No

## Damaged bin
question-bin-damaged-bin_type = Which bin is damaged?
    .garbage = Garbage bin
    .recycling = Blue bin (recycling)
    .green-bin = Green bin (organics)
question-bin-damaged-damage = What is damaged?
    .lid = Lid
    .wheels = Wheel or axle
    .handle = Handle
    .body = Cracked body
    .latch = Animal-resistant latch
question-bin-damaged-bin_serial = What is the serial number printed on the bin, if you can read it?

## Bulky item pickup
question-bulky-item-pickup-item_types = What will you put out?
    .furniture = Furniture
    .mattress = Mattress or box spring
    .appliance = Stove, washer, dryer or dishwasher
    .refrigerant = Fridge, freezer or air conditioner
    .carpet = Carpet or rug
    .other = Other large item
question-bulky-item-pickup-item_count = How many items will you put out?

## Graffiti on City property
question-graffiti-city-property-surface = What surfaces are covered?
    .wall = Wall or building
    .bridge = Bridge or underpass
    .fence = Fence
    .sign-pole = Sign or pole
    .box = Utility or signal box
    .other = Other

## Graffiti on road signs, poles or signal boxes
question-graffiti-road-assets-asset_type = What is the graffiti on?
    .sign = Road sign
    .signal-box = Traffic signal box
    .pole = Pole
    .retaining-wall = Retaining wall or noise wall
    .bridge = Bridge or underpass
    .other = Something else

## Graffiti on private property
question-graffiti-private-property-surface = What surfaces are covered?
    .wall = Wall
    .fence = Fence
    .garage-door = Garage door
    .window = Window or door
    .other = Other
question-graffiti-private-property-is_owner = Are you the owner of the property?
    .yes = Yes
    .no = No

## Hate or gang graffiti
question-graffiti-hate-police_reported = Have you reported it to Toronto Police?
    .yes = Yes
    .no = No
question-graffiti-hate-police_reference = What is the police report number, if you have one?

## Illegal dumping
question-illegal-dumping-item_types = What was dumped?
    .household = Household garbage bags
    .furniture = Furniture
    .mattress = Mattress
    .tires = Tires
    .construction = Construction or renovation waste
    .electronics = Electronics
    .hazardous = Paint, chemicals or other hazardous waste
    .other = Other
question-illegal-dumping-noticed_at = When did you notice it, or see it being dumped?
question-illegal-dumping-witness = If you saw who dumped it, describe the person or vehicle. Do not approach them.

## Abandoned bicycle
question-abandoned-bike-bike_condition = What condition is it in?
    .missing-wheel = Missing a wheel
    .missing-parts = Missing seat or handlebars
    .flat-tires = Flat tires
    .rusted = Rusted chain or parts
    .bent-frame = Bent or damaged frame

## Water main break
question-water-main-break-water_flow = How much water is flowing?
    .trickle = A trickle or damp patch
    .steady = A steady stream
    .gushing = Gushing or flooding the road

## No water
question-no-water-neighbours_affected = Do your neighbours also have no water?
    .yes = Yes
    .no = No
    .unknown = I don't know
question-no-water-started_at = When did the water stop?

## Sewer backup or basement flooding
question-sewer-backup-water_depth = About how deep is the water, in centimetres?
question-sewer-backup-backwater_valve = Does the property have a backwater valve?
    .yes = Yes
    .no = No
    .unknown = I don't know

## Blocked catch basin
question-catch-basin-blocked-ponding = Is water pooling?
    .none = No, not right now
    .road = Pooling on the road
    .sidewalk = Pooling onto the sidewalk or a property

## Damaged or leaking fire hydrant
question-fire-hydrant-damaged-hydrant_problem = What is wrong with the hydrant?
    .knocked-over = Knocked over or hit
    .leaking = Leaking
    .missing-cap = Missing cap
    .blocked = Blocked or hidden
    .paint = Graffiti or paint

## Discoloured or bad-tasting water
question-water-quality-water_issue = What do you notice?
    .brown = Brown or yellow
    .cloudy = Cloudy or milky
    .taste = Unusual taste
    .smell = Unusual smell
    .particles = Particles or sediment

## Tree down or damaged (emergency)
question-tree-emergency-blocking = What is affected?
    .road = Road
    .sidewalk = Sidewalk
    .driveway = Driveway
    .building = House or building
    .vehicle = Vehicle
    .wires = Wires
    .nothing = Nothing yet, but it may fall

## Tree pruning (non-emergency)
question-tree-pruning-reason = Why does the tree need pruning?
    .low-branches = Low branches over a sidewalk or road
    .blocking = Blocking a sign or streetlight
    .touching-building = Touching a house or building
    .dead-branches = Dead branches

## Park washroom problem
question-park-washroom-issue = What is the problem?
    .dirty = Dirty
    .supplies = No soap, paper towels or toilet paper
    .locked = Locked during open hours
    .broken = Broken toilet, sink or door
    .leak = Leak or flooding

## Damaged playground equipment
question-playground-damaged-equipment = Which equipment?
    .swing = Swing
    .slide = Slide
    .climber = Climber or play structure
    .surface = Ground surface (sand, mulch or rubber)
    .other = Other
question-playground-damaged-unsafe = Could someone get hurt using it now?
    .yes = Yes
    .no = No
    .unsure = Not sure

## Encampment in a park
question-park-encampment-tent_count = About how many tents or structures are there?
question-park-encampment-details = Is there anything outreach workers should know, such as a fire or another safety concern?

## Dead animal on road or sidewalk
question-dead-animal-road-animal_type = What kind of animal is it (for example, raccoon, squirrel or cat)?
question-dead-animal-road-animal_size = How big is it?
    .small = Small (squirrel, bird)
    .medium = Medium (raccoon, cat)
    .large = Large (deer, coyote, dog)

## Injured or sick wildlife
question-injured-wildlife-animal_type = What kind of animal is it?
question-injured-wildlife-condition = What is happening to the animal?
    .injured = Injured
    .sick = Sick or acting strangely
    .trapped = Trapped or tangled
    .orphaned = A young animal that seems to be alone

## Stray or loose dog
question-stray-dog-dog_contained = Is the dog contained, for example in a yard or on a leash?
    .yes = Yes
    .no = No

## Dog bite or attack
question-dog-bite-incident_time = When did it happen?
question-dog-bite-victim = Who was bitten or attacked?
    .person = A person
    .dog = Another dog
    .other-animal = Another animal

## Dog off leash
question-dog-off-leash-usual_time = When does this usually happen (for example, weekday mornings)?

## Noise complaint
question-noise-noise_source = What is making the noise?
    .amplified-sound = Music or amplified sound
    .construction = Construction
    .barking = Barking dog
    .equipment = Air conditioner, fan or other equipment
    .vehicle = Idling or revving vehicles
    .other = Other
question-noise-ongoing = Is the noise happening now?
    .now = Yes, right now
    .recurring = It happens regularly
    .past = It has stopped
question-noise-noise_times = Describe when the noise happens and how long it lasts.

## Urgent property standards issue
question-property-standards-urgent-issue = What is the urgent problem?
    .no-heat = No heat or not enough heat
    .no-water = No water
    .no-power = No electricity
    .lock = Broken lock on an entrance door
    .structure = Unsafe structure, balcony or stairs
question-property-standards-urgent-is_tenant = Are you a tenant in the building?
    .yes = Yes
    .no = No
question-property-standards-urgent-unit_number = What is your unit number?

## Property standards complaint
question-property-standards-issues = What problems are there?
    .pests = Pests (mice, cockroaches, bed bugs)
    .mould = Mould
    .windows-doors = Broken windows or doors
    .leaks = Leaking roof or walls
    .stairs-railings = Damaged stairs or railings
    .exterior = Exterior in poor repair
    .other = Other
question-property-standards-landlord_notified = If you are a tenant, have you told your landlord in writing?
    .yes = Yes
    .no = No
    .not-tenant = I am not a tenant
question-property-standards-details = Describe the problem and how long it has been going on.

## Abandoned vehicle on private property
question-abandoned-vehicle-licence_plate = What is the licence plate, if it has one?
question-abandoned-vehicle-vehicle_description = Describe the vehicle (colour, make, type).
