### Preguntas del catálogo: las preguntas adicionales (atributos de Open311) de cada tipo de servicio, y
### las respuestas que se ofrecen en las preguntas de opción múltiple, como atributos con el nombre de sus claves.

## Bache
question-pothole-size = ¿Más o menos qué tamaño tiene el bache?
    .small = Más pequeño que un plato
    .medium = Más o menos del tamaño de un neumático de auto
    .large = Más grande que un neumático de auto
question-pothole-lane = ¿En qué parte de la calle está?
    .curb-lane = Carril junto al bordillo
    .centre-lane = Carril central o de adelantamiento
    .turn-lane = Carril de giro
    .bike-lane = Carril bici
    .laneway = Callejón

## Peligro en la calle
question-road-hazard-hazard_type = ¿Cuál es el peligro?
    .road-collapse = Hundimiento del pavimento o socavón
    .missing-cover = Tapa de alcantarilla o rejilla que falta o está rota
    .debris = Escombros grandes en un carril
    .spill = Derrame o sustancia resbaladiza
    .other = Otra cosa

## Acera dañada
question-sidewalk-damaged-damage = ¿Qué problema tiene la acera?
    .cracked = Agrietada
    .lifted = Losas levantadas o desniveladas
    .sunken = Hundida o hueca
    .missing = Faltan trozos
    .curb-ramp = Rampa de acceso en el bordillo dañada
question-sidewalk-damaged-trip_height = ¿Más o menos qué altura tiene el desnivel, en centímetros?

## Carril bici obstruido
question-bike-lane-obstruction-obstruction = ¿Qué está bloqueando el carril bici?
    .debris = Escombros o basura
    .construction = Materiales o equipos de construcción
    .bins = Contenedores de basura o de reciclaje
    .bollard = Bolardo dañado o caído
    .other = Otra cosa

## Vehículo estacionado demasiado tiempo en una calle residencial
question-long-term-parking-licence_plate = ¿Cuál es el número de placa, si puede verlo?
question-long-term-parking-vehicle_description = Describa el vehículo (color, marca, tipo).
question-long-term-parking-days_parked = ¿Más o menos cuántos días lleva estacionado ahí?

## Farola apagada
question-streetlight-out-light_problem = ¿Qué problema tiene la farola?
    .out = Está apagada
    .flickering = Parpadea o se enciende y se apaga
    .day-burning = Está encendida durante el día
    .several-out = Varias farolas seguidas están apagadas
question-streetlight-out-pole_number = Si el poste tiene una placa con un número, ¿qué dice?

## Señal dañada o que falta
question-sign-damaged-sign_type = ¿Qué tipo de señal es?
    .street-name = Nombre de la calle
    .parking = Estacionamiento
    .speed-limit = Límite de velocidad
    .warning = Señal de advertencia (curva, zona escolar y similares)
    .other = Otra
question-sign-damaged-sign_condition = ¿Qué problema tiene?
    .bent = Doblada o derribada
    .faded = Descolorida o difícil de leer
    .turned = Girada hacia el lado equivocado
    .blocked = Tapada por ramas
    .missing = Falta

## Semáforo que no funciona
question-traffic-signal-malfunction-signal_problem = ¿Qué hace el semáforo?
    .dark = Está completamente apagado
    .flashing = Parpadea en rojo o en amarillo
    .stuck = Se quedó fijo en un color
    .damaged = Está derribado o dañado
    .turned = Está girado hacia el lado equivocado
question-traffic-signal-malfunction-direction = ¿Qué sentido de circulación está afectado (por ejemplo, hacia el norte)?

## Preocupación por la seguridad vial
question-traffic-safety-concern-concern = ¿Qué le preocupa?
    .speeding = Exceso de velocidad
    .signal-timing = Tiempos de los semáforos
    .visibility = Poca visibilidad
    .crossing = Es difícil cruzar
    .cut-through = Tráfico de paso que usa la calle como atajo
question-traffic-safety-concern-details = Cuéntenos más: ¿cuándo ocurre y a quién afecta?

## Acera sin limpiar de nieve
question-snow-sidewalk-condition = ¿Cómo está la acera?
    .snow = Cubierta de nieve
    .ice = Con hielo
    .snowbank = Bloqueada por un montón de nieve que dejó la quitanieves de la calle

## Recogida de basura no realizada
question-missed-garbage-collection_day = ¿Qué día le correspondía la recogida?
question-missed-garbage-set_out = ¿Estaba el contenedor junto a la acera antes de las 7 a. m.?
    .yes = Sí
    .no = No

## Recogida de reciclaje no realizada
question-missed-recycling-collection_day = ¿Qué día le correspondía la recogida?
question-missed-recycling-set_out = ¿Estaba el contenedor junto a la acera antes de las 7 a. m.?
    .yes = Sí
    .no = No

## Recogida del contenedor verde no realizada
question-missed-green-bin-collection_day = ¿Qué día le correspondía la recogida?
question-missed-green-bin-set_out = ¿Estaba el contenedor junto a la acera antes de las 7 a. m.?
    .yes = Sí
    .no = No

## Contenedor dañado
question-bin-damaged-bin_type = ¿Qué contenedor está dañado?
    .garbage = Contenedor de basura
    .recycling = Contenedor azul (reciclaje)
    .green-bin = Contenedor verde (residuos orgánicos)
question-bin-damaged-damage = ¿Qué parte está dañada?
    .lid = Tapa
    .wheels = Rueda o eje
    .handle = Asa
    .body = Cuerpo agrietado
    .latch = Cierre a prueba de animales
question-bin-damaged-bin_serial = ¿Cuál es el número de serie impreso en el contenedor, si puede leerlo?

## Recogida de objetos grandes
question-bulky-item-pickup-item_types = ¿Qué va a sacar?
    .furniture = Muebles
    .mattress = Colchón o somier
    .appliance = Estufa, lavadora, secadora o lavavajillas
    .refrigerant = Refrigerador, congelador o aire acondicionado
    .carpet = Alfombra o tapete
    .other = Otro objeto grande
question-bulky-item-pickup-item_count = ¿Cuántos objetos va a sacar?

## Grafiti en propiedad de la Ciudad
question-graffiti-city-property-surface = ¿Qué superficies están cubiertas?
    .wall = Muro o edificio
    .bridge = Puente o paso inferior
    .fence = Valla
    .sign-pole = Señal o poste
    .box = Caja de servicios públicos o de semáforo
    .other = Otra

## Grafiti en señales, postes o cajas de semáforos
question-graffiti-road-assets-asset_type = ¿Dónde está el grafiti?
    .sign = Señal de tráfico
    .signal-box = Caja de control de semáforo
    .pole = Poste
    .retaining-wall = Muro de contención o muro antirruido
    .bridge = Puente o paso inferior
    .other = Otra cosa

## Grafiti en propiedad privada
question-graffiti-private-property-surface = ¿Qué superficies están cubiertas?
    .wall = Muro o pared
    .fence = Valla
    .garage-door = Puerta de garaje
    .window = Ventana o puerta
    .other = Otra
question-graffiti-private-property-is_owner = ¿Es usted el dueño de la propiedad?
    .yes = Sí
    .no = No

## Grafiti de odio o de pandillas
question-graffiti-hate-police_reported = ¿Lo ha denunciado a la Policía de Toronto?
    .yes = Sí
    .no = No
question-graffiti-hate-police_reference = ¿Cuál es el número de la denuncia policial, si lo tiene?

## Vertido ilegal de basura
question-illegal-dumping-item_types = ¿Qué se tiró?
    .household = Bolsas de basura doméstica
    .furniture = Muebles
    .mattress = Colchón
    .tires = Neumáticos
    .construction = Residuos de construcción o de reformas
    .electronics = Aparatos electrónicos
    .hazardous = Pintura, productos químicos u otros residuos peligrosos
    .other = Otra cosa
question-illegal-dumping-noticed_at = ¿Cuándo lo notó, o cuándo vio que lo tiraban?
question-illegal-dumping-witness = Si vio quién lo tiró, describa a la persona o el vehículo. No se acerque a ellos.

## Bicicleta abandonada
question-abandoned-bike-bike_condition = ¿En qué estado está?
    .missing-wheel = Le falta una rueda
    .missing-parts = Le falta el asiento o el manillar
    .flat-tires = Neumáticos desinflados
    .rusted = Cadena o piezas oxidadas
    .bent-frame = Cuadro doblado o dañado

## Rotura de tubería principal de agua
question-water-main-break-water_flow = ¿Cuánta agua está saliendo?
    .trickle = Un hilo de agua o una zona húmeda
    .steady = Un chorro constante
    .gushing = Sale a borbotones o está inundando la calle

## Sin agua
question-no-water-neighbours_affected = ¿Sus vecinos también se quedaron sin agua?
    .yes = Sí
    .no = No
    .unknown = No lo sé
question-no-water-started_at = ¿Cuándo se cortó el agua?

## Retorno de aguas residuales o sótano inundado
question-sewer-backup-water_depth = ¿Más o menos qué profundidad tiene el agua, en centímetros?
question-sewer-backup-backwater_valve = ¿Tiene la propiedad una válvula antirretorno?
    .yes = Sí
    .no = No
    .unknown = No lo sé

## Sumidero tapado
question-catch-basin-blocked-ponding = ¿Se está acumulando agua?
    .none = No, ahora mismo no
    .road = Se acumula en la calle
    .sidewalk = Se acumula en la acera o llega a una propiedad

## Hidrante dañado o con fugas
question-fire-hydrant-damaged-hydrant_problem = ¿Qué problema tiene el hidrante?
    .knocked-over = Está derribado o golpeado
    .leaking = Tiene fugas
    .missing-cap = Le falta la tapa
    .blocked = Está bloqueado o tapado
    .paint = Grafiti o pintura

## Agua con color o mal sabor
question-water-quality-water_issue = ¿Qué nota en el agua?
    .brown = Color marrón o amarillo
    .cloudy = Turbia o lechosa
    .taste = Sabor extraño
    .smell = Olor extraño
    .particles = Partículas o sedimentos

## Árbol caído o dañado (emergencia)
question-tree-emergency-blocking = ¿Qué está afectado?
    .road = La calle
    .sidewalk = La acera
    .driveway = La entrada de vehículos
    .building = Una casa o edificio
    .vehicle = Un vehículo
    .wires = Cables
    .nothing = Nada todavía, pero podría caerse

## Poda de árbol (no urgente)
question-tree-pruning-reason = ¿Por qué hay que podar el árbol?
    .low-branches = Ramas bajas sobre una acera o calle
    .blocking = Tapa una señal o una farola
    .touching-building = Toca una casa o un edificio
    .dead-branches = Ramas muertas

## Problema en un baño de parque
question-park-washroom-issue = ¿Cuál es el problema?
    .dirty = Está sucio
    .supplies = No hay jabón, toallas de papel ni papel higiénico
    .locked = Está cerrado durante el horario de apertura
    .broken = Inodoro, lavabo o puerta rotos
    .leak = Fuga o inundación

## Juegos infantiles dañados
question-playground-damaged-equipment = ¿Qué equipo?
    .swing = Columpio
    .slide = Tobogán
    .climber = Estructura para trepar o de juegos
    .surface = Superficie del suelo (arena, mantillo o caucho)
    .other = Otro
question-playground-damaged-unsafe = ¿Podría alguien lastimarse si lo usa ahora?
    .yes = Sí
    .no = No
    .unsure = No estoy seguro

## Campamento en un parque
question-park-encampment-tent_count = ¿Más o menos cuántas carpas o estructuras hay?
question-park-encampment-details = ¿Hay algo que deban saber los trabajadores de apoyo comunitario, como un fuego u otro problema de seguridad?

## Animal muerto en la calle o la acera
question-dead-animal-road-animal_type = ¿Qué tipo de animal es (por ejemplo, mapache, ardilla o gato)?
question-dead-animal-road-animal_size = ¿Qué tamaño tiene?
    .small = Pequeño (ardilla, pájaro)
    .medium = Mediano (mapache, gato)
    .large = Grande (venado, coyote, perro)

## Animal silvestre herido o enfermo
question-injured-wildlife-animal_type = ¿Qué tipo de animal es?
question-injured-wildlife-condition = ¿Qué le pasa al animal?
    .injured = Está herido
    .sick = Está enfermo o se comporta de forma extraña
    .trapped = Está atrapado o enredado
    .orphaned = Es una cría que parece estar sola

## Perro suelto o callejero
question-stray-dog-dog_contained = ¿Está el perro retenido, por ejemplo en un patio o con correa?
    .yes = Sí
    .no = No

## Mordedura o ataque de perro
question-dog-bite-incident_time = ¿Cuándo ocurrió?
question-dog-bite-victim = ¿A quién mordió o atacó?
    .person = A una persona
    .dog = A otro perro
    .other-animal = A otro animal

## Perro sin correa
question-dog-off-leash-usual_time = ¿Cuándo suele ocurrir (por ejemplo, las mañanas de lunes a viernes)?

## Queja por ruido
question-noise-noise_source = ¿Qué produce el ruido?
    .amplified-sound = Música o sonido amplificado
    .construction = Obras de construcción
    .barking = Un perro que ladra
    .equipment = Aire acondicionado, ventilador u otro equipo
    .vehicle = Vehículos con el motor en marcha o acelerando
    .other = Otra cosa
question-noise-ongoing = ¿Se oye el ruido ahora?
    .now = Sí, ahora mismo
    .recurring = Ocurre con frecuencia
    .past = Ya paró
question-noise-noise_times = Describa cuándo se produce el ruido y cuánto dura.

## Problema urgente de normas de mantenimiento de propiedades
question-property-standards-urgent-issue = ¿Cuál es el problema urgente?
    .no-heat = No hay calefacción o no es suficiente
    .no-water = No hay agua
    .no-power = No hay electricidad
    .lock = Cerradura rota en una puerta de entrada
    .structure = Estructura, balcón o escaleras peligrosos
question-property-standards-urgent-is_tenant = ¿Es usted inquilino del edificio?
    .yes = Sí
    .no = No
question-property-standards-urgent-unit_number = ¿Cuál es el número de su unidad?

## Queja sobre normas de mantenimiento de propiedades
question-property-standards-issues = ¿Qué problemas hay?
    .pests = Plagas (ratones, cucarachas, chinches)
    .mould = Moho
    .windows-doors = Ventanas o puertas rotas
    .leaks = Goteras en el techo o filtraciones en las paredes
    .stairs-railings = Escaleras o barandas dañadas
    .exterior = Exterior en mal estado
    .other = Otro
question-property-standards-landlord_notified = Si es inquilino, ¿ha informado por escrito al propietario?
    .yes = Sí
    .no = No
    .not-tenant = No soy inquilino
question-property-standards-details = Describa el problema y desde cuándo ocurre.

## Vehículo abandonado en propiedad privada
question-abandoned-vehicle-licence_plate = ¿Cuál es el número de placa, si tiene?
question-abandoned-vehicle-vehicle_description = Describa el vehículo (color, marca, tipo).
