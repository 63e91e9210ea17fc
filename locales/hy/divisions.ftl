### Քաղաքային ստորաբաժանումները, որոնք զբաղվում են ծառայության հայտերով, այնպես, ինչպես բնակիչները տեսնում են դրանք։

division-municipal-licensing-standards = Քաղաքային լիցենզավորում և ստանդարտներ
division-parks-forestry-recreation = Զբոսայգիներ, անտառային տնտեսություն և հանգիստ
division-solid-waste-management-services = Պինդ թափոնների կառավարման ծառայություններ
division-toronto-animal-services = Տորոնտոյի կենդանիների ծառայություններ
division-toronto-water = Տորոնտոյի ջրային ծառայություն
division-transportation-services = Տրանսպորտային ծառայություններ
division-urban-forestry = Քաղաքային անտառային տնտեսություն
