### 目录问题：每种服务类型的附加问题（Open311 属性），以及
### 选择题提供的答案，以属性表示，属性名与答案的键相同。

## 路面坑洞
question-pothole-size = 坑洞大约有多大？
    .small = 比餐盘小
    .medium = 大约和汽车轮胎一样大
    .large = 比汽车轮胎大
question-pothole-lane = 坑洞在道路的哪个部分？
    .curb-lane = 靠路缘的车道
    .centre-lane = 中间车道或超车道
    .turn-lane = 转弯车道
    .bike-lane = 自行车道
    .laneway = 小巷

## 道路危险
question-road-hazard-hazard_type = 是什么危险？
    .road-collapse = 路面塌陷或出现地陷坑
    .missing-cover = 井盖或格栅盖缺失或破损
    .debris = 车道上有大块杂物
    .spill = 有洒落物或湿滑物质
    .other = 其他情况

## 人行道损坏
question-sidewalk-damaged-damage = 人行道有什么问题？
    .cracked = 开裂
    .lifted = 路面板隆起或高低不平
    .sunken = 下陷或底下空心
    .missing = 有部分缺失
    .curb-ramp = 路缘坡道损坏
question-sidewalk-damaged-trip_height = 不平的边缘大约有多高（厘米）？

## 自行车道被阻挡
question-bike-lane-obstruction-obstruction = 是什么挡住了自行车道？
    .debris = 杂物或垃圾
    .construction = 建筑材料或设备
    .bins = 垃圾桶或回收桶
    .bollard = 隔离桩损坏或倒下
    .other = 其他东西

## 车辆在住宅街道停放过久
question-long-term-parking-licence_plate = 如果您能看到车牌，车牌号码是多少？
question-long-term-parking-vehicle_description = 请描述这辆车（颜色、品牌、车型）。
question-long-term-parking-days_parked = 这辆车在那里停了大约多少天？

## 路灯不亮
question-streetlight-out-light_problem = 路灯有什么问题？
    .out = 不亮
    .flickering = 闪烁或时亮时灭
    .day-burning = 白天也亮着
    .several-out = 连续几盏灯都不亮
question-streetlight-out-pole_number = 如果灯杆上有编号牌，上面写的是什么？

## 标志损坏或缺失
question-sign-damaged-sign_type = 是哪种标志？
    .street-name = 路名牌
    .parking = 停车标志
    .speed-limit = 限速标志
    .warning = 警告标志（弯道、学校区域等）
    .other = 其他
question-sign-damaged-sign_condition = 标志有什么问题？
    .bent = 弯曲或被撞倒
    .faded = 褪色或难以看清
    .turned = 转错了方向
    .blocked = 被树枝挡住
    .missing = 不见了

## 交通信号灯故障
question-traffic-signal-malfunction-signal_problem = 信号灯现在是什么情况？
    .dark = 完全不亮
    .flashing = 闪红灯或黄灯
    .stuck = 一直停在一种颜色
    .damaged = 被撞倒或损坏
    .turned = 转错了方向
question-traffic-signal-malfunction-direction = 哪个行驶方向受到影响（例如北行）？

## 交通安全问题
question-traffic-safety-concern-concern = 您担心哪些问题？
    .speeding = 超速
    .signal-timing = 信号灯时间
    .visibility = 视线不良
    .crossing = 难以过马路
    .cut-through = 抄近路穿行的车辆
question-traffic-safety-concern-details = 请告诉我们更多情况：问题在什么时候出现，影响到哪些人？

## 人行道积雪未清除
question-snow-sidewalk-condition = 人行道现在是什么情况？
    .snow = 有积雪
    .ice = 结冰
    .snowbank = 被道路铲雪留下的雪堆挡住

## 漏收垃圾
question-missed-garbage-collection_day = 您的预定收集日是哪一天？
question-missed-garbage-set_out = 早上 7 点前垃圾桶已经放在路边了吗？
    .yes = 是
    .no = 否

## 漏收可回收物
question-missed-recycling-collection_day = 您的预定收集日是哪一天？
question-missed-recycling-set_out = 早上 7 点前回收桶已经放在路边了吗？
    .yes = 是
    .no = 否

## 漏收绿桶
question-missed-green-bin-collection_day = 您的预定收集日是哪一天？
question-missed-green-bin-set_out = 早上 7 点前绿桶已经放在路边了吗？
    .yes = 是
    .no = 否

## 垃圾桶损坏
question-bin-damaged-bin_type = 哪个桶损坏了？
    .garbage = 垃圾桶
    .recycling = 蓝桶（可回收物）
    .green-bin = 绿桶（有机垃圾）
question-bin-damaged-damage = 哪里损坏了？
    .lid = 桶盖
    .wheels = 轮子或轮轴
    .handle = 把手
    .body = 桶身开裂
    .latch = 防动物锁扣
question-bin-damaged-bin_serial = 如果您能看清，桶上印的序列号是多少？

## 大件物品收集
question-bulky-item-pickup-item_types = 您要放出哪些物品？
    .furniture = 家具
    .mattress = 床垫或弹簧床架
    .appliance = 炉灶、洗衣机、干衣机或洗碗机
    .refrigerant = 冰箱、冷柜或空调
    .carpet = 地毯或小块地毯
    .other = 其他大件物品
question-bulky-item-pickup-item_count = 您要放出多少件物品？

## 市政财产上的涂鸦
question-graffiti-city-property-surface = 哪些表面上有涂鸦？
    .wall = 墙壁或建筑
    .bridge = 桥梁或地下通道
    .fence = 围栏
    .sign-pole = 标志或杆柱
    .box = 设备箱或信号箱
    .other = 其他

## 道路标志、杆柱或信号箱上的涂鸦
question-graffiti-road-assets-asset_type = 涂鸦在什么上面？
    .sign = 道路标志
    .signal-box = 交通信号箱
    .pole = 杆柱
    .retaining-wall = 挡土墙或隔音墙
    .bridge = 桥梁或地下通道
    .other = 其他东西

## 私人物业上的涂鸦
question-graffiti-private-property-surface = 哪些表面上有涂鸦？
    .wall = 墙壁
    .fence = 围栏
    .garage-door = 车库门
    .window = 窗户或门
    .other = 其他
question-graffiti-private-property-is_owner = 您是这处物业的业主吗？
    .yes = 是
    .no = 否

## 仇恨或帮派涂鸦
question-graffiti-hate-police_reported = 您已经向多伦多警察局报告了吗？
    .yes = 是
    .no = 否
question-graffiti-hate-police_reference = 如果您有警方报案编号，编号是多少？

## 非法倾倒
question-illegal-dumping-item_types = 被倾倒的是什么？
    .household = 家庭垃圾袋
    .furniture = 家具
    .mattress = 床垫
    .tires = 轮胎
    .construction = 建筑或装修废料
    .electronics = 电子产品
    .hazardous = 油漆、化学品或其他有害废物
    .other = 其他
question-illegal-dumping-noticed_at = 您是什么时候发现的，或者什么时候看到有人倾倒的？
question-illegal-dumping-witness = 如果您看到是谁倾倒的，请描述这个人或车辆。请不要靠近他们。

## 被遗弃的自行车
question-abandoned-bike-bike_condition = 自行车是什么状况？
    .missing-wheel = 缺少一个车轮
    .missing-parts = 缺少车座或车把
    .flat-tires = 轮胎没气
    .rusted = 链条或零件生锈
    .bent-frame = 车架弯曲或损坏

## 总水管破裂
question-water-main-break-water_flow = 流出的水有多少？
    .trickle = 细细的水流或一片湿地
    .steady = 持续不断的水流
    .gushing = 大量涌出或淹没道路

## 没有水
question-no-water-neighbours_affected = 您的邻居也没有水吗？
    .yes = 是
    .no = 否
    .unknown = 我不知道
question-no-water-started_at = 什么时候开始没水的？

## 污水倒灌或地下室水浸
question-sewer-backup-water_depth = 水大约有多深（厘米）？
question-sewer-backup-backwater_valve = 这处物业装有防倒流阀吗？
    .yes = 有
    .no = 没有
    .unknown = 我不知道

## 雨水口堵塞
question-catch-basin-blocked-ponding = 有积水吗？
    .none = 没有，现在没有
    .road = 道路上有积水
    .sidewalk = 积水漫到人行道或物业上

## 消防栓损坏或漏水
question-fire-hydrant-damaged-hydrant_problem = 消防栓有什么问题？
    .knocked-over = 被撞倒或被撞
    .leaking = 漏水
    .missing-cap = 缺少盖子
    .blocked = 被挡住或被遮住
    .paint = 涂鸦或油漆

## 水变色或味道异常
question-water-quality-water_issue = 您注意到了什么？
    .brown = 呈褐色或黄色
    .cloudy = 浑浊或呈乳白色
    .taste = 味道异常
    .smell = 气味异常
    .particles = 有颗粒或沉淀物

## 树木倒下或受损（紧急）
question-tree-emergency-blocking = 影响到了什么？
    .road = 道路
    .sidewalk = 人行道
    .driveway = 私家车道
    .building = 房屋或建筑
    .vehicle = 车辆
    .wires = 电线
    .nothing = 暂时没有，但可能会倒下

## 树木修剪（非紧急）
question-tree-pruning-reason = 为什么这棵树需要修剪？
    .low-branches = 树枝低垂在人行道或道路上方
    .blocking = 挡住标志或路灯
    .touching-building = 碰到房屋或建筑
    .dead-branches = 有枯枝

## 公园洗手间问题
question-park-washroom-issue = 是什么问题？
    .dirty = 脏乱
    .supplies = 没有洗手液、擦手纸或厕纸
    .locked = 在开放时间内锁门
    .broken = 马桶、洗手池或门损坏
    .leak = 漏水或水浸

## 游乐场设施损坏
question-playground-damaged-equipment = 是哪种设施？
    .swing = 秋千
    .slide = 滑梯
    .climber = 攀爬架或游乐组合设施
    .surface = 地面（沙子、木屑或橡胶）
    .other = 其他
question-playground-damaged-unsafe = 现在使用它会不会有人受伤？
    .yes = 会
    .no = 不会
    .unsure = 不确定

## 公园内的露宿营地
question-park-encampment-tent_count = 大约有多少顶帐篷或搭建物？
question-park-encampment-details = 有没有外展工作人员需要知道的情况，例如有火或其他安全问题？

## 道路或人行道上的动物尸体
question-dead-animal-road-animal_type = 是什么动物（例如浣熊、松鼠或猫）？
question-dead-animal-road-animal_size = 它有多大？
    .small = 小（松鼠、鸟）
    .medium = 中（浣熊、猫）
    .large = 大（鹿、郊狼、狗）

## 受伤或生病的野生动物
question-injured-wildlife-animal_type = 是什么动物？
question-injured-wildlife-condition = 这只动物是什么情况？
    .injured = 受伤
    .sick = 生病或行为异常
    .trapped = 被困或被缠住
    .orphaned = 幼小的动物，似乎是独自一个

## 流浪狗或走失的狗
question-stray-dog-dog_contained = 这只狗有没有被控制住，例如关在院子里或拴着绳？
    .yes = 有
    .no = 没有

## 狗咬人或攻击
question-dog-bite-incident_time = 事情是什么时候发生的？
question-dog-bite-victim = 谁被咬或被攻击了？
    .person = 一个人
    .dog = 另一只狗
    .other-animal = 其他动物

## 狗没有拴绳
question-dog-off-leash-usual_time = 这种情况通常在什么时候发生（例如工作日早上）？

## 噪音投诉
question-noise-noise_source = 是什么发出的噪音？
    .amplified-sound = 音乐或扩音设备的声音
    .construction = 施工
    .barking = 狗叫
    .equipment = 空调、风扇或其他设备
    .vehicle = 车辆怠速或轰油门
    .other = 其他
question-noise-ongoing = 噪音现在还有吗？
    .now = 有，就是现在
    .recurring = 经常发生
    .past = 已经停止
question-noise-noise_times = 请描述噪音在什么时候出现，持续多久。

## 紧急物业标准问题
question-property-standards-urgent-issue = 紧急问题是什么？
    .no-heat = 没有暖气或暖气不足
    .no-water = 没有水
    .no-power = 没有电
    .lock = 大门门锁损坏
    .structure = 结构、阳台或楼梯不安全
question-property-standards-urgent-is_tenant = 您是这栋楼的租户吗？
    .yes = 是
    .no = 否
question-property-standards-urgent-unit_number = 您的单元号是多少？

## 物业标准投诉
question-property-standards-issues = 有哪些问题？
    .pests = 害虫（老鼠、蟑螂、臭虫）
    .mould = 发霉
    .windows-doors = 窗户或门破损
    .leaks = 屋顶或墙壁漏水
    .stairs-railings = 楼梯或扶手损坏
    .exterior = 建筑外部年久失修
    .other = 其他
question-property-standards-landlord_notified = 如果您是租户，您是否已经书面通知房东？
    .yes = 是
    .no = 否
    .not-tenant = 我不是租户
question-property-standards-details = 请描述问题，以及问题已经持续了多久。

## 私人物业上的废弃车辆
question-abandoned-vehicle-licence_plate = 如果有车牌，车牌号码是多少？
question-abandoned-vehicle-vehicle_description = 请描述这辆车（颜色、品牌、车型）。
