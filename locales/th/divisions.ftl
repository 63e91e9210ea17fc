### หน่วยงานของเมืองที่ดูแลคำขอรับบริการ ตามที่ผู้อยู่อาศัยเห็น

division-municipal-licensing-standards = ใบอนุญาตและมาตรฐานของเทศบาล
division-parks-forestry-recreation = สวนสาธารณะ ป่าไม้ และนันทนาการ
division-solid-waste-management-services = บริการจัดการขยะมูลฝอย
division-toronto-animal-services = บริการด้านสัตว์โทรอนโต
division-toronto-water = การประปาโทรอนโต
division-transportation-services = บริการด้านการขนส่ง
division-urban-forestry = ป่าไม้ในเมือง
