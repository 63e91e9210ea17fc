### Catálogo de servicios de Civic311: nombres y descripciones en español de los grupos y
### tipos de servicio de server/seed/catalogue.toml. Los identificadores siguen los códigos de ese archivo.

## Grupos de servicios

service-group-roads = Calles y aceras
service-group-streetlights-signs = Alumbrado público, señales y semáforos
service-group-snow-ice = Nieve y hielo
service-group-garbage = Basura, reciclaje y contenedor verde
service-group-graffiti-dumping = Grafitis y vertido ilegal
service-group-water = Agua, alcantarillado y desagües
service-group-trees = Árboles
service-group-parks = Parques y recreación
service-group-animals = Animales
service-group-property-noise = Propiedades, ruido y reglamentos municipales

## Calles y aceras

service-pothole = Bache
    .description = Un hoyo o un tramo roto en la superficie de una calle o callejón de la Ciudad. Indíquenos más o menos qué tamaño tiene y en qué carril está.

service-road-hazard = Peligro en la calle
    .description = Algo en la calle que es peligroso en este momento, como un hundimiento del pavimento, una tapa de alcantarilla que falta o escombros grandes en un carril con tráfico. Si alguien está herido o en peligro, llame al 911.

service-sidewalk-damaged = Acera dañada
    .description = Una acera agrietada, levantada, hundida o rota que podría hacer tropezar a alguien o que bloquea el paso de una silla de ruedas o un cochecito.

service-curb-damaged = Bordillo dañado
    .description = Un bordillo roto, desmoronado o que falta a lo largo de una calle de la Ciudad.

service-street-sweeping = Calle que necesita barrido
    .description = Arena, grava, barro o basura acumulados a lo largo de una calle o en un carril bici, que necesitan una barredora.

service-bike-lane-obstruction = Carril bici obstruido
    .description = Escombros, materiales de construcción, contenedores o bolardos dañados que bloquean un carril bici o una ciclovía. Si hay un vehículo estacionado en un carril bici, llame al Servicio de Control de Estacionamiento de la Policía de Toronto al 416-808-2222.

service-construction-blocking = Calle o acera bloqueada por obras
    .description = Una obra o trabajos de servicios públicos que bloquean una calle o acera sin un desvío seguro, o que dejaron la zona en condiciones peligrosas.

service-guardrail-damaged = Barrera de seguridad o valla de carretera dañada
    .description = Una barrera de seguridad, baranda o valla doblada, rota o que falta a lo largo de una calle, un puente o una rampa.

service-laneway-repair = Callejón en mal estado
    .description = Un callejón público con la superficie rota, mal drenaje o surcos profundos. Si se trata de un solo hoyo, elija Bache.

service-long-term-parking = Vehículo estacionado demasiado tiempo en una calle residencial
    .description = Un vehículo que lleva en el mismo lugar de una calle residencial más tiempo del que permiten las normas de estacionamiento.

## Alumbrado público, señales y semáforos

service-streetlight-out = Farola apagada
    .description = Una farola que está apagada, parpadea o está encendida durante el día. Las farolas se mantienen junto con Toronto Hydro; las luces en propiedades privadas o en algunos parques pueden pertenecer a otros.

service-streetlight-pole-damaged = Poste de farola dañado
    .description = Un poste de farola inclinado, derribado, sin su tapa de acceso o con cables expuestos. Manténgase lejos de los cables caídos y llame al 911 si sueltan chispas.

service-sign-damaged = Señal dañada o que falta
    .description = Una señal con el nombre de la calle, de estacionamiento, de límite de velocidad u otra señal de tráfico que está dañada, descolorida, girada o que falta. Si se trata de una señal de alto o de ceda el paso caída, elija Señal de alto o de ceda el paso caída.

service-stop-sign-down = Señal de alto o de ceda el paso caída
    .description = Una señal de alto o de ceda el paso derribada, que falta o que está girada de modo que los conductores no pueden verla. Se atiende como un peligro en la calle.

service-traffic-signal-malfunction = Semáforo que no funciona
    .description = Un semáforo apagado, atascado, intermitente o dañado. Trate un semáforo apagado como un alto en todas las direcciones.

service-pedestrian-signal = Semáforo peatonal o botón de cruce que no funciona
    .description = Una señal para peatones, un contador de tiempo, una señal sonora o un botón para cruzar que no funciona.

service-traffic-safety-concern = Preocupación por la seguridad vial
    .description = Pida una revisión por exceso de velocidad, tiempos de los semáforos, visibilidad o una calle difícil de cruzar. Las revisiones llevan tiempo y pueden dar lugar a nuevas señales, marcas viales o cambios en los semáforos.

service-pavement-markings-faded = Marcas viales borrosas
    .description = Líneas de carril, pasos de peatones, líneas de detención o símbolos de carril bici desgastados y difíciles de ver.

## Nieve y hielo

service-snow-sidewalk = Acera sin limpiar de nieve
    .description = Una acera que limpia la Ciudad todavía tiene nieve o hielo después de una tormenta. La limpieza comienza cuando ha caído suficiente nieve, así que espere un tiempo después de que deje de nevar.

service-snow-road = Calle sin limpiar de nieve
    .description = Una calle en la que no se ha quitado la nieve después de que terminó una nevada. Primero se limpian las calles principales y las rutas de autobús, y después las calles locales.

service-windrow-not-cleared = Montón de nieve en la entrada de vehículos sin retirar
    .description = El montón de nieve que dejó la quitanieves al final de la entrada de vehículos de su casa no se retiró, en una calle donde la Ciudad ofrece este servicio.

service-icy-road-salting = Calle o acera con hielo que necesita sal
    .description = Una calle, acera, paso de peatones o puente peatonal de la Ciudad con hielo que necesita sal o arena.

## Basura, reciclaje y contenedor verde

service-missed-garbage = Recogida de basura no realizada
    .description = Su contenedor de basura estaba afuera a tiempo el día de recogida, pero no se recogió. Primero revise su calendario de recogida por si hay cambios por días festivos.

service-missed-recycling = Recogida de reciclaje no realizada
    .description = Su contenedor azul estaba afuera a tiempo el día de recogida, pero no se recogió.

service-missed-green-bin = Recogida del contenedor verde no realizada
    .description = Su contenedor verde para restos de comida y residuos orgánicos estaba afuera a tiempo el día de recogida, pero no se recogió.

service-missed-yard-waste = Recogida de residuos de jardín no realizada
    .description = Los residuos de jardín en bolsas de papel o en un recipiente abierto estaban afuera el día de recogida, durante la temporada de residuos de jardín, pero no se recogieron.

service-bin-damaged = Contenedor dañado
    .description = Un contenedor de basura, de reciclaje o verde entregado por la Ciudad que está agrietado o tiene la tapa, una rueda o el asa rota. Se reparará o se cambiará por otro.

service-bin-missing = Contenedor perdido o robado
    .description = Su contenedor entregado por la Ciudad falta, fue robado o se lo llevó el camión de recogida.

service-bulky-item-pickup = Recogida de objetos grandes
    .description = Reserve la recogida de muebles, colchones, electrodomésticos y otros objetos grandes en su día de recogida de basura.

service-litter-bin-overflowing = Papelera de la calle desbordada
    .description = Una papelera o contenedor de reciclaje público en la calle que está lleno y desbordado.

service-litter-bin-damaged = Papelera de la calle dañada
    .description = Una papelera o contenedor de reciclaje público en la calle que está roto, volcado o que falta.

## Grafitis y vertido ilegal

service-graffiti-city-property = Grafiti en propiedad de la Ciudad
    .description = Grafiti en un edificio, muro, puente u otra estructura que pertenece a la Ciudad. Si es un grafiti de odio o de pandillas, elija Grafiti de odio o de pandillas.

service-graffiti-road-assets = Grafiti en señales, postes o cajas de semáforos
    .description = Grafiti en señales de tráfico, cajas de control de semáforos, postes de farolas, muros de contención u otros elementos de la vía pública. Los postes y cajas de servicios públicos pueden pertenecer a Bell, Rogers o Toronto Hydro.

service-graffiti-private-property = Grafiti en propiedad privada
    .description = Grafiti en una casa, negocio, valla u otra propiedad privada que se ve desde la calle. El dueño es responsable de quitarlo y puede recibir un aviso.

service-graffiti-park = Grafiti en un parque
    .description = Grafiti en un edificio, baño, área de juegos, banco u otra estructura de un parque.

service-graffiti-hate = Grafiti de odio o de pandillas
    .description = Grafiti con contenido de odio, racista o relacionado con pandillas. Denúncielo primero a la Policía de Toronto al 416-808-2222 (línea para casos que no son de emergencia) y después aquí, para que se pueda quitar rápido.

service-illegal-dumping = Vertido ilegal de basura
    .description = Basura, muebles, neumáticos, residuos de construcción u otros objetos tirados en una calle, callejón, acera u otra propiedad de la Ciudad.

service-illegal-posters = Carteles o letreros ilegales en postes
    .description = Carteles, volantes o letreros pegados a postes, árboles u otras estructuras de la calle. Los postes de servicios públicos pueden pertenecer a Bell, Rogers o Toronto Hydro.

service-abandoned-shopping-cart = Carrito de compras abandonado
    .description = Un carrito de compras dejado en una calle o acera, o en un parque o barranco.

service-abandoned-bike = Bicicleta abandonada
    .description = Una bicicleta que lleva mucho tiempo atada a un poste o aparcabicicletas de la Ciudad, a la que le faltan piezas o que no se puede usar. Se le pone una etiqueta antes de retirarla.

## Agua, alcantarillado y desagües

service-water-main-break = Rotura de tubería principal de agua
    .description = Agua que sale por la calle, la acera o el suelo, lo que puede indicar una tubería principal de agua rota.

service-no-water = Sin agua
    .description = No sale nada de agua de los grifos de su casa o edificio.

service-low-water-pressure = Baja presión del agua
    .description = La presión del agua en sus grifos es mucho más baja de lo normal.

service-sewer-backup = Retorno de aguas residuales o sótano inundado
    .description = Aguas residuales o agua que sube por un desagüe del piso o un inodoro, o un sótano que se inunda desde el alcantarillado.

service-catch-basin-blocked = Sumidero tapado
    .description = Un desagüe de la calle o sumidero tapado con hojas o basura, o agua acumulada en la calle porque no puede desaguar.

service-fire-hydrant-damaged = Hidrante dañado o con fugas
    .description = Un hidrante contra incendios que fue golpeado, tiene fugas, le falta una tapa o está bloqueado.

service-water-quality = Agua con color o mal sabor
    .description = Agua del grifo marrón, turbia o con un sabor u olor extraño.

service-water-leak = Fuga de agua en la válvula junto a la acera
    .description = Agua que sale de una caja de conexión de agua o de una válvula en el borde de una propiedad, del lado de la Ciudad.

service-sewer-odour = Olor a alcantarilla
    .description = Un olor fuerte a aguas residuales que sale de una alcantarilla, un sumidero o un desagüe de la calle.

## Árboles

service-tree-emergency = Árbol caído o dañado (emergencia)
    .description = Un árbol de la Ciudad o una rama grande que se ha caído o está a punto de caerse, que bloquea una calle o acera o pone en peligro a personas o bienes. Manténgase lejos de los cables; Toronto Hydro se ocupa de los árboles que tocan líneas eléctricas.

service-tree-pruning = Poda de árbol (no urgente)
    .description = Pida la poda de un árbol de la Ciudad en el terreno municipal junto a la calle, por ejemplo ramas que cuelgan bajas sobre una acera, tapan una señal o tocan una casa.

service-tree-planting = Solicitar un árbol
    .description = Pida que se plante un árbol gratis en el terreno municipal junto a la calle, frente a su casa.

service-tree-inspection = Árbol de la Ciudad muerto o muriéndose
    .description = Pida una inspección de un árbol de la Ciudad que parece muerto, muriéndose, hueco o inestable, pero que no es un peligro inmediato.

service-stump-removal = Retiro de tocón de árbol
    .description = Un tocón que quedó después de quitar un árbol de la Ciudad del terreno municipal junto a la calle.

service-tree-pest = Plaga o enfermedad de árbol
    .description = Señales de insectos o enfermedad en un árbol de la Ciudad, como orugas de la polilla esponjosa, daños del barrenador esmeralda del fresno o una pérdida de hojas fuera de lo normal.

## Parques y recreación

service-park-washroom = Problema en un baño de parque
    .description = Un baño de parque sucio, sin suministros, cerrado durante el horario publicado o con un accesorio roto.

service-playground-damaged = Juegos infantiles dañados
    .description = Equipos rotos, sueltos o peligrosos en un área de juegos de la Ciudad, como un columpio, un tobogán o una estructura para trepar.

service-park-encampment = Campamento en un parque
    .description = Carpas o estructuras en un parque. Trabajadores de apoyo comunitario irán a ofrecer refugio y ayuda. Si alguien necesita atención médica o está en peligro, llame al 911.

service-park-litter = Basura o papeleras llenas en un parque
    .description = Basura tirada en un parque o papeleras del parque que están llenas.

service-park-grass-overgrown = Césped demasiado alto en un parque
    .description = Césped o maleza en un parque, una plaza pequeña o un jardín de mediana que hay que cortar.

service-park-lights-out = Luces del parque apagadas
    .description = Una luz de un sendero, campo deportivo o estacionamiento de un parque que está apagada o parpadea.

service-drinking-fountain = Bebedero o área de juegos de agua que no funciona
    .description = Un bebedero, un punto para llenar botellas o un área de juegos de agua de un parque que no funciona o tiene fugas.

service-park-amenity-damaged = Banco, mesa o valla de parque dañados
    .description = Un banco, mesa de pícnic, valla, portón, letrero u otro elemento roto en un parque.

## Animales

service-dead-animal-road = Animal muerto en la calle o la acera
    .description = Un animal muerto en una calle, acera, callejón u otro lugar público. Se recogerá.

service-injured-wildlife = Animal silvestre herido o enfermo
    .description = Un animal silvestre, como un mapache, un zorro o un pájaro, que está herido, enfermo o atrapado. No intente tocarlo.

service-stray-dog = Perro suelto o callejero
    .description = Un perro suelto en la calle sin su dueño cerca. Si el perro es agresivo, manténgase a distancia.

service-dog-bite = Mordedura o ataque de perro
    .description = Un perro que mordió o atacó a una persona o a otro animal. Si alguien está gravemente herido, llame al 911.

service-dog-off-leash = Perro sin correa
    .description = Perros sin correa fuera de una zona designada para perros sueltos, en un parque o en la calle.

service-animal-bylaw = Queja sobre el reglamento de animales
    .description = Demasiadas mascotas en una misma dirección, personas que dan de comer a animales silvestres o palomas, o excrementos de animales dejados en una propiedad.

## Propiedades, ruido y reglamentos municipales

service-noise = Queja por ruido
    .description = Música alta, obras fuera del horario permitido, perros que ladran o ruido de equipos que viene de una propiedad o un negocio.

service-property-standards-urgent = Problema urgente de normas de mantenimiento de propiedades
    .description = Un problema grave en una vivienda de alquiler u otro edificio que afecta la salud o la seguridad, como falta de calefacción en invierno, falta de agua, una cerradura rota en la puerta de entrada o una estructura peligrosa.

service-property-standards = Queja sobre normas de mantenimiento de propiedades
    .description = Un edificio o patio que no se mantiene en buen estado, por ejemplo con plagas, moho, ventanas rotas, un techo con goteras o escaleras y barandas dañadas, sin peligro inmediato.

service-long-grass-weeds = Césped alto o maleza en propiedad privada
    .description = Césped o maleza en una propiedad privada que supera la altura permitida por el reglamento.

service-waste-private-property = Basura o escombros en propiedad privada
    .description = Basura, chatarra o escombros amontonados en un patio privado, un porche o una entrada de vehículos.

service-abandoned-vehicle = Vehículo abandonado en propiedad privada
    .description = Un vehículo destrozado, desarmado o sin placas dejado en una propiedad privada.

service-short-term-rental = Queja sobre alquiler de corta duración
    .description = Una vivienda que se alquila por estancias cortas y que tal vez no está registrada, no es la residencia principal del anfitrión o causa problemas continuos a los vecinos.
