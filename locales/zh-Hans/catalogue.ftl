### Civic311 服务目录：server/seed/catalogue.toml 中服务类别和服务类型的简体中文名称和说明。
### 标识符沿用该文件中的代码。

## 服务类别

service-group-roads = 道路和人行道
service-group-streetlights-signs = 路灯、标志和交通信号灯
service-group-snow-ice = 积雪和结冰
service-group-garbage = 垃圾、回收和绿桶
service-group-graffiti-dumping = 涂鸦和非法倾倒
service-group-water = 供水、下水道和排水
service-group-trees = 树木
service-group-parks = 公园和康乐
service-group-animals = 动物
service-group-property-noise = 房产、噪音和市政法规

## 道路和人行道

service-pothole = 路面坑洞
    .description = 市政道路或小巷路面上的坑洞或破损处。请告诉我们它大概有多大，以及在哪条车道上。

service-road-hazard = 道路危险
    .description = 道路上现在就有危险的情况，例如路面塌陷、井盖缺失，或行车道上有大块杂物。如有人受伤或处于危险中，请拨打 911。

service-sidewalk-damaged = 人行道损坏
    .description = 人行道开裂、隆起、下陷或破损，可能使人绊倒，或挡住轮椅或婴儿车。

service-curb-damaged = 路缘石损坏
    .description = 市政道路旁的路缘石破损、碎裂或缺失。

service-street-sweeping = 街道需要清扫
    .description = 道路旁或自行车道上堆积了沙子、碎石、泥土或垃圾，需要扫街车来清扫。

service-bike-lane-obstruction = 自行车道被阻挡
    .description = 杂物、建筑材料、垃圾桶或损坏的隔离桩挡住了自行车道。如有车辆停在自行车道上，请致电多伦多警察局停车执法部门：416-808-2222。

service-construction-blocking = 道路或人行道被施工阻挡
    .description = 施工现场或公用设施工程挡住了道路或人行道，却没有安全的绕行路线，或施工后留下了不安全的情况。

service-guardrail-damaged = 护栏或道路围栏损坏
    .description = 道路、桥梁或匝道旁的护栏、栏杆或围栏弯曲、破损或缺失。

service-laneway-repair = 小巷路况差
    .description = 公共小巷路面破损、排水不畅或有很深的车辙。如果只有一个坑洞，请选择“路面坑洞”。

service-long-term-parking = 车辆在住宅街道停放过久
    .description = 车辆在住宅街道的同一位置停放，时间超过了停车规定允许的时长。

## 路灯、标志和交通信号灯

service-streetlight-out = 路灯不亮
    .description = 路灯不亮、闪烁或白天也亮着。路灯由市政府与多伦多水电公司（Toronto Hydro）一起维护；私人物业上或部分公园内的灯可能属于其他单位。

service-streetlight-pole-damaged = 路灯杆损坏
    .description = 路灯杆倾斜、被撞倒、检修盖缺失或电线外露。请远离掉落的电线；如果电线冒火花，请拨打 911。

service-sign-damaged = 标志损坏或缺失
    .description = 路名牌、停车规定标志、限速标志或其他道路标志损坏、褪色、转向或缺失。如果是停车让行或减速让行标志倒下，请选择“停车让行或减速让行标志倒下”。

service-stop-sign-down = 停车让行或减速让行标志倒下
    .description = 停车让行或减速让行标志被撞倒、缺失或转了方向，司机看不到。此问题按道路危险处理。

service-traffic-signal-malfunction = 交通信号灯故障
    .description = 交通信号灯不亮、卡住、一直闪烁或损坏。遇到不亮的信号灯时，所有方向的车辆都要先停车再通行。

service-pedestrian-signal = 行人信号灯或过街按钮故障
    .description = 行人通行信号灯、倒计时器、声音提示信号或过街按钮不能正常使用。

service-traffic-safety-concern = 交通安全问题
    .description = 申请审查超速、信号灯时间、视线不良或难以过马路的街道等问题。审查需要一段时间，结果可能是增设标志、标线或调整信号灯。

service-pavement-markings-faded = 路面标线褪色
    .description = 车道线、人行横道线、停止线或自行车道标志已磨损，难以看清。

## 积雪和结冰

service-snow-sidewalk = 人行道积雪未清除
    .description = 由市政府负责清雪的人行道在暴风雪过后仍有积雪或结冰。积雪达到一定厚度后才开始清除，所以雪停后请等待一段时间。

service-snow-road = 道路未铲雪
    .description = 降雪结束后道路仍未铲雪。主干道和公交路线先铲雪，然后才是本地街道。

service-windrow-not-cleared = 车道口雪堆未清除
    .description = 铲雪车在您家车道口留下的雪堆没有被清除，而您所在的街道属于市政府提供车道口清雪服务的范围。

service-icy-road-salting = 道路或人行道结冰需撒盐
    .description = 市政道路、人行道、人行横道或人行天桥结冰，需要撒盐或撒沙。

## 垃圾、回收和绿桶

service-missed-garbage = 漏收垃圾
    .description = 您在收集日按时把垃圾桶放了出去，但垃圾没有被收走。请先查看收集时间表，看看是否因节假日有变动。

service-missed-recycling = 漏收可回收物
    .description = 您在收集日按时把蓝色回收桶放了出去，但没有被收走。

service-missed-green-bin = 漏收绿桶
    .description = 您在收集日按时把装有食物残渣和有机垃圾的绿桶放了出去，但没有被收走。

service-missed-yard-waste = 漏收庭院垃圾
    .description = 在庭院垃圾收集季节，您在收集日把装在纸袋或敞口容器里的庭院垃圾放了出去，但没有被收走。

service-bin-damaged = 垃圾桶损坏
    .description = 市政府发放的垃圾桶、回收桶或绿桶开裂，或者桶盖、轮子或把手损坏。我们会维修或更换。

service-bin-missing = 垃圾桶丢失或被盗
    .description = 市政府发放的垃圾桶不见了、被盗，或被垃圾车带走了。

service-bulky-item-pickup = 大件物品收集
    .description = 预约在垃圾收集日收走家具、床垫、家电和其他大件物品。

service-litter-bin-overflowing = 街头垃圾桶满溢
    .description = 街道上的公共垃圾桶或回收桶已满，垃圾溢出。

service-litter-bin-damaged = 街头垃圾桶损坏
    .description = 街道上的公共垃圾桶或回收桶损坏、翻倒或不见了。

## 涂鸦和非法倾倒

service-graffiti-city-property = 市政财产上的涂鸦
    .description = 市政建筑、墙壁、桥梁或其他市政府拥有的构筑物上的涂鸦。如果是仇恨或帮派涂鸦，请选择“仇恨或帮派涂鸦”。

service-graffiti-road-assets = 道路标志、杆柱或信号箱上的涂鸦
    .description = 道路标志、交通信号箱、路灯杆、挡土墙或其他道路设施上的涂鸦。电线杆和设备箱可能属于 Bell、Rogers 或 Toronto Hydro。

service-graffiti-private-property = 私人物业上的涂鸦
    .description = 房屋、商铺、围栏或其他私人物业上从街上能看到的涂鸦。业主有责任清除涂鸦，并可能收到通知。

service-graffiti-park = 公园内的涂鸦
    .description = 公园建筑、洗手间、游乐场、长椅或其他公园设施上的涂鸦。

service-graffiti-hate = 仇恨或帮派涂鸦
    .description = 含有仇恨、种族歧视或帮派内容的涂鸦。请先向多伦多警察局报告，电话 416-808-2222（非紧急），然后在这里报告，以便尽快清除。

service-illegal-dumping = 非法倾倒
    .description = 被丢弃在道路、小巷、人行道或其他市政财产上的垃圾、家具、轮胎、建筑废料或其他物品。

service-illegal-posters = 杆柱上的非法海报或标牌
    .description = 贴在街上的电线杆、树木或其他设施上的海报、传单或标牌。电线杆可能属于 Bell、Rogers 或 Toronto Hydro。

service-abandoned-shopping-cart = 被遗弃的购物车
    .description = 被丢在街道、人行道、公园或溪谷里的购物车。

service-abandoned-bike = 被遗弃的自行车
    .description = 长时间锁在市政柱子或自行车停放架上、缺少零件或无法骑行的自行车。移走之前会先贴上标签。

## 供水、下水道和排水

service-water-main-break = 总水管破裂
    .description = 水从道路、人行道或地面冒出来，可能是总水管破裂。

service-no-water = 没有水
    .description = 您家或所在大楼的水龙头完全没有水。

service-low-water-pressure = 水压低
    .description = 水龙头的水压比平时低很多。

service-sewer-backup = 污水倒灌或地下室水浸
    .description = 污水或积水从地漏或马桶倒流出来，或下水道倒灌导致地下室进水。

service-catch-basin-blocked = 雨水口堵塞
    .description = 街道排水口或雨水口被树叶或杂物堵住，或因无法排水而使路面积水。

service-fire-hydrant-damaged = 消防栓损坏或漏水
    .description = 消防栓被撞、漏水、缺少盖子或被挡住。

service-water-quality = 水变色或味道异常
    .description = 自来水呈褐色、浑浊，或有异常的味道或气味。

service-water-leak = 路边或阀门处漏水
    .description = 物业边缘属于市政府一侧的供水阀箱或阀门漏水。

service-sewer-odour = 下水道臭味
    .description = 井盖、雨水口或街道排水口散发出强烈的污水臭味。

## 树木

service-tree-emergency = 树木倒下或受损（紧急）
    .description = 市政树木或大树枝已经倒下或快要倒下，挡住道路或人行道，或威胁人身或财产安全。请远离电线；碰到电线的树木由 Toronto Hydro 处理。

service-tree-pruning = 树木修剪（非紧急）
    .description = 申请修剪道路用地上的市政树木，例如低垂在人行道上方、挡住标志或碰到房屋的树枝。

service-tree-planting = 申请种树
    .description = 申请在您家门前市政府拥有的道路用地上免费种一棵树。

service-tree-inspection = 市政树木已死或濒死
    .description = 申请检查看起来已死、濒死、中空或不稳固，但没有即时危险的市政树木。

service-stump-removal = 清除树桩
    .description = 市政树木从道路用地上移走后留下的树桩。

service-tree-pest = 树木病虫害
    .description = 市政树木上出现虫害或病害的迹象，例如舞毒蛾毛虫、白蜡窄吉丁造成的损害或异常落叶。

## 公园和康乐

service-park-washroom = 公园洗手间问题
    .description = 公园洗手间脏乱、用品用完、在公布的开放时间内锁门，或有设施损坏。

service-playground-damaged = 游乐场设施损坏
    .description = 市政游乐场内的设施损坏、松动或不安全，例如秋千、滑梯或攀爬架。

service-park-encampment = 公园内的露宿营地
    .description = 公园内的帐篷或其他搭建物。外展工作人员会前往探访，提供庇护所和支援。如果有人需要医疗帮助或处于危险中，请拨打 911。

service-park-litter = 公园内有垃圾或垃圾桶已满
    .description = 公园内散落的垃圾，或公园的垃圾桶已满。

service-park-grass-overgrown = 公园草长得太高
    .description = 公园、小公园或街边花园里需要修剪的草或杂草。

service-park-lights-out = 公园照明不亮
    .description = 公园内小路、运动场或停车场的灯不亮或闪烁。

service-drinking-fountain = 饮水机或戏水区故障
    .description = 公园的饮水机、灌水器或儿童戏水区不能使用或漏水。

service-park-amenity-damaged = 公园长椅、桌子或围栏损坏
    .description = 公园内损坏的长椅、野餐桌、围栏、大门、标志或其他设施。

## 动物

service-dead-animal-road = 道路或人行道上的动物尸体
    .description = 道路、人行道、小巷或其他公共场所上的动物尸体。我们会派人收走。

service-injured-wildlife = 受伤或生病的野生动物
    .description = 受伤、生病或被困的野生动物，例如浣熊、狐狸或鸟。请不要自己去处理。

service-stray-dog = 流浪狗或走失的狗
    .description = 在街上乱跑、附近没有主人的狗。如果狗有攻击性，请保持距离。

service-dog-bite = 狗咬人或攻击
    .description = 狗咬伤或攻击了人或其他动物。如果有人受重伤，请拨打 911。

service-dog-off-leash = 狗没有拴绳
    .description = 在公园或街道上、指定无绳区以外没有拴绳的狗。

service-animal-bylaw = 动物相关法规投诉
    .description = 同一地址养的宠物太多、有人喂野生动物或鸽子，或物业上留有动物粪便。

## 房产、噪音和市政法规

service-noise = 噪音投诉
    .description = 来自物业或商户的大声音乐、在允许时间以外施工、狗叫或机器设备噪音。

service-property-standards-urgent = 紧急物业标准问题
    .description = 出租屋或其他建筑内影响健康或安全的严重问题，例如冬天没有暖气、没有水、大门门锁损坏或结构不安全。

service-property-standards = 物业标准投诉
    .description = 建筑或院子没有保持良好维修状态，例如有害虫、发霉、窗户破损、屋顶漏水或楼梯和扶手损坏，但没有即时危险。

service-long-grass-weeds = 私人物业上的长草或杂草
    .description = 私人物业上的草或杂草高度超过法规允许的范围。

service-waste-private-property = 私人物业上的垃圾或杂物
    .description = 堆在私人院子、门廊或车道上的垃圾、废品或杂物。

service-abandoned-vehicle = 私人物业上的废弃车辆
    .description = 留在私人物业上的损毁、拆散或没有车牌的车辆。

service-short-term-rental = 短期出租投诉
    .description = 用于短期出租的住房可能没有登记、不是房东的主要住所，或经常给邻居带来问题。
