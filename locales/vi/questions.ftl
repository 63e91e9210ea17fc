### Câu hỏi trong danh mục: các câu hỏi bổ sung (thuộc tính Open311) của từng loại dịch vụ, và
### các câu trả lời được đưa ra cho câu hỏi có danh sách, dưới dạng thuộc tính mang tên theo khóa của chúng.

## Ổ gà
question-pothole-size = Ổ gà lớn khoảng bao nhiêu?
    .small = Nhỏ hơn một cái đĩa ăn
    .medium = Khoảng bằng một bánh xe hơi
    .large = Lớn hơn một bánh xe hơi
question-pothole-lane = Ổ gà nằm ở phần nào của con đường?
    .curb-lane = Làn sát lề đường
    .centre-lane = Làn giữa hoặc làn vượt
    .turn-lane = Làn rẽ
    .bike-lane = Làn xe đạp
    .laneway = Hẻm

## Nguy hiểm trên đường
question-road-hazard-hazard_type = Mối nguy hiểm là gì?
    .road-collapse = Mặt đường bị sụt hoặc có hố sụt
    .missing-cover = Nắp cống hoặc nắp song chắn rác bị mất hoặc bị vỡ
    .debris = Vật cản lớn trên làn xe
    .spill = Chất bị đổ tràn hoặc chất trơn trượt
    .other = Điều khác

## Vỉa hè bị hư
question-sidewalk-damaged-damage = Vỉa hè bị làm sao?
    .cracked = Bị nứt
    .lifted = Các tấm lát bị đội lên hoặc không bằng phẳng
    .sunken = Bị lún hoặc bị rỗng bên dưới
    .missing = Bị mất một số mảng
    .curb-ramp = Dốc lên xuống lề đường bị hư
question-sidewalk-damaged-trip_height = Chỗ gồ lên cao khoảng bao nhiêu xen-ti-mét?

## Làn xe đạp bị chắn
question-bike-lane-obstruction-obstruction = Cái gì đang chắn làn xe đạp?
    .debris = Mảnh vụn hoặc rác
    .construction = Vật liệu hoặc thiết bị xây dựng
    .bins = Thùng rác hoặc thùng tái chế
    .bollard = Cọc phân làn bị hư hoặc bị đổ
    .other = Thứ khác

## Xe đậu quá lâu trên đường khu dân cư
question-long-term-parking-licence_plate = Nếu quý vị nhìn thấy được, biển số xe là gì?
question-long-term-parking-vehicle_description = Xin mô tả chiếc xe (màu sắc, hãng xe, loại xe).
question-long-term-parking-days_parked = Chiếc xe đã đậu ở đó khoảng bao nhiêu ngày?

## Đèn đường không sáng
question-streetlight-out-light_problem = Đèn bị làm sao?
    .out = Đèn bị tắt
    .flickering = Nhấp nháy hoặc lúc sáng lúc tắt
    .day-burning = Vẫn sáng vào ban ngày
    .several-out = Nhiều đèn liền nhau bị tắt
question-streetlight-out-pole_number = Nếu cột đèn có thẻ số, trên đó ghi gì?

## Biển báo bị hư hoặc bị mất
question-sign-damaged-sign_type = Đó là loại biển báo nào?
    .street-name = Biển tên đường
    .parking = Biển đậu xe
    .speed-limit = Biển giới hạn tốc độ
    .warning = Biển cảnh báo (khúc cua, khu vực trường học và các biển tương tự)
    .other = Loại khác
question-sign-damaged-sign_condition = Biển báo bị làm sao?
    .bent = Bị cong hoặc bị đổ
    .faded = Bị phai màu hoặc khó đọc
    .turned = Bị xoay sai hướng
    .blocked = Bị cành cây che khuất
    .missing = Bị mất

## Đèn giao thông không hoạt động
question-traffic-signal-malfunction-signal_problem = Đèn giao thông đang như thế nào?
    .dark = Tắt hoàn toàn
    .flashing = Nhấp nháy đỏ hoặc vàng
    .stuck = Bị kẹt ở một màu
    .damaged = Bị đổ hoặc bị hư
    .turned = Bị xoay sai hướng
question-traffic-signal-malfunction-direction = Hướng di chuyển nào bị ảnh hưởng (ví dụ, hướng bắc)?

## Lo ngại về an toàn giao thông
question-traffic-safety-concern-concern = Quý vị lo ngại về điều gì?
    .speeding = Chạy quá tốc độ
    .signal-timing = Thời gian đèn giao thông
    .visibility = Tầm nhìn kém
    .crossing = Khó băng qua đường
    .cut-through = Xe đi tắt qua khu phố
question-traffic-safety-concern-details = Xin cho chúng tôi biết thêm: việc này xảy ra khi nào, và ai bị ảnh hưởng?

## Vỉa hè chưa được dọn tuyết
question-snow-sidewalk-condition = Vỉa hè đang như thế nào?
    .snow = Bị tuyết phủ
    .ice = Bị đóng băng
    .snowbank = Bị chắn bởi đống tuyết do cào tuyết trên đường

## Rác không được thu gom
question-missed-garbage-collection_day = Ngày thu gom theo lịch của quý vị là ngày nào?
question-missed-garbage-set_out = Thùng có được để ra lề đường trước 7 giờ sáng không?
    .yes = Có
    .no = Không

## Đồ tái chế không được thu gom
question-missed-recycling-collection_day = Ngày thu gom theo lịch của quý vị là ngày nào?
question-missed-recycling-set_out = Thùng có được để ra lề đường trước 7 giờ sáng không?
    .yes = Có
    .no = Không

## Thùng xanh lá không được thu gom
question-missed-green-bin-collection_day = Ngày thu gom theo lịch của quý vị là ngày nào?
question-missed-green-bin-set_out = Thùng có được để ra lề đường trước 7 giờ sáng không?
    .yes = Có
    .no = Không

## Thùng bị hư
question-bin-damaged-bin_type = Thùng nào bị hư?
    .garbage = Thùng rác
    .recycling = Thùng xanh dương (tái chế)
    .green-bin = Thùng xanh lá (rác hữu cơ)
question-bin-damaged-damage = Bộ phận nào bị hư?
    .lid = Nắp
    .wheels = Bánh xe hoặc trục bánh xe
    .handle = Tay cầm
    .body = Thân thùng bị nứt
    .latch = Chốt chống thú vật
question-bin-damaged-bin_serial = Nếu quý vị đọc được, số sê-ri in trên thùng là gì?

## Thu gom đồ cồng kềnh
question-bulky-item-pickup-item_types = Quý vị sẽ để ra những món đồ gì?
    .furniture = Đồ nội thất
    .mattress = Nệm hoặc khung lò xo nệm
    .appliance = Bếp, máy giặt, máy sấy hoặc máy rửa chén
    .refrigerant = Tủ lạnh, tủ đông hoặc máy lạnh
    .carpet = Thảm hoặc thảm trải sàn nhỏ
    .other = Đồ lớn khác
question-bulky-item-pickup-item_count = Quý vị sẽ để ra bao nhiêu món đồ?

## Vẽ bậy trên tài sản của Thành phố
question-graffiti-city-property-surface = Những bề mặt nào bị vẽ bậy?
    .wall = Tường hoặc tòa nhà
    .bridge = Cầu hoặc đường chui
    .fence = Hàng rào
    .sign-pole = Biển báo hoặc cột
    .box = Hộp kỹ thuật hoặc hộp điều khiển đèn
    .other = Loại khác

## Vẽ bậy trên biển báo, cột hoặc hộp điều khiển đèn
question-graffiti-road-assets-asset_type = Hình vẽ bậy nằm trên vật gì?
    .sign = Biển báo giao thông
    .signal-box = Hộp điều khiển đèn giao thông
    .pole = Cột
    .retaining-wall = Tường chắn đất hoặc tường chống ồn
    .bridge = Cầu hoặc đường chui
    .other = Thứ khác

## Vẽ bậy trên tài sản tư nhân
question-graffiti-private-property-surface = Những bề mặt nào bị vẽ bậy?
    .wall = Tường
    .fence = Hàng rào
    .garage-door = Cửa nhà để xe
    .window = Cửa sổ hoặc cửa ra vào
    .other = Loại khác
question-graffiti-private-property-is_owner = Quý vị có phải là chủ sở hữu của tài sản này không?
    .yes = Có
    .no = Không

## Vẽ bậy thù hận hoặc của băng nhóm
question-graffiti-hate-police_reported = Quý vị đã báo cho Cảnh sát Toronto chưa?
    .yes = Rồi
    .no = Chưa
question-graffiti-hate-police_reference = Nếu có, số hồ sơ báo cảnh sát là gì?

## Đổ rác trái phép
question-illegal-dumping-item_types = Những gì đã bị đổ bỏ?
    .household = Túi rác sinh hoạt
    .furniture = Đồ nội thất
    .mattress = Nệm
    .tires = Lốp xe
    .construction = Chất thải xây dựng hoặc sửa chữa nhà
    .electronics = Đồ điện tử
    .hazardous = Sơn, hóa chất hoặc chất thải nguy hại khác
    .other = Loại khác
question-illegal-dumping-noticed_at = Quý vị phát hiện ra khi nào, hoặc thấy người ta đổ rác khi nào?
question-illegal-dumping-witness = Nếu quý vị thấy ai đã đổ, xin mô tả người đó hoặc chiếc xe. Đừng đến gần họ.

## Xe đạp bị bỏ lại
question-abandoned-bike-bike_condition = Xe đạp đang ở tình trạng nào?
    .missing-wheel = Bị mất một bánh xe
    .missing-parts = Bị mất yên hoặc tay lái
    .flat-tires = Lốp xe bị xẹp
    .rusted = Xích hoặc bộ phận bị gỉ sét
    .bent-frame = Khung xe bị cong hoặc bị hư

## Vỡ ống nước chính
question-water-main-break-water_flow = Nước đang chảy ra nhiều đến mức nào?
    .trickle = Chảy nhỏ giọt hoặc chỉ có một vũng ẩm
    .steady = Chảy thành dòng đều
    .gushing = Phun mạnh hoặc làm ngập đường

## Không có nước
question-no-water-neighbours_affected = Hàng xóm của quý vị có bị mất nước không?
    .yes = Có
    .no = Không
    .unknown = Tôi không biết
question-no-water-started_at = Nước bị mất từ khi nào?

## Nước cống trào ngược hoặc ngập tầng hầm
question-sewer-backup-water_depth = Nước sâu khoảng bao nhiêu xen-ti-mét?
question-sewer-backup-backwater_valve = Nhà có van chống trào ngược không?
    .yes = Có
    .no = Không
    .unknown = Tôi không biết

## Hố ga bị nghẹt
question-catch-basin-blocked-ponding = Có nước đọng không?
    .none = Không, hiện tại thì không
    .road = Nước đọng trên đường
    .sidewalk = Nước tràn lên vỉa hè hoặc vào khu đất

## Trụ nước cứu hỏa bị hư hoặc bị rò rỉ
question-fire-hydrant-damaged-hydrant_problem = Trụ nước cứu hỏa bị làm sao?
    .knocked-over = Bị đổ hoặc bị xe đâm
    .leaking = Bị rò rỉ
    .missing-cap = Bị mất nắp
    .blocked = Bị chắn hoặc bị che khuất
    .paint = Bị vẽ bậy hoặc bị sơn

## Nước bị đổi màu hoặc có vị lạ
question-water-quality-water_issue = Quý vị nhận thấy điều gì?
    .brown = Màu nâu hoặc vàng
    .cloudy = Bị đục hoặc trắng như sữa
    .taste = Có vị bất thường
    .smell = Có mùi bất thường
    .particles = Có cặn hoặc hạt lơ lửng

## Cây bị đổ hoặc bị hư (khẩn cấp)
question-tree-emergency-blocking = Những gì bị ảnh hưởng?
    .road = Đường
    .sidewalk = Vỉa hè
    .driveway = Lối xe vào nhà
    .building = Nhà hoặc tòa nhà
    .vehicle = Xe cộ
    .wires = Dây điện
    .nothing = Chưa có gì, nhưng cây có thể đổ

## Tỉa cây (không khẩn cấp)
question-tree-pruning-reason = Vì sao cây cần được tỉa?
    .low-branches = Cành thấp rủ xuống vỉa hè hoặc đường
    .blocking = Che biển báo hoặc đèn đường
    .touching-building = Chạm vào nhà hoặc tòa nhà
    .dead-branches = Có cành chết

## Vấn đề nhà vệ sinh công viên
question-park-washroom-issue = Vấn đề là gì?
    .dirty = Bị bẩn
    .supplies = Không có xà phòng, khăn giấy hoặc giấy vệ sinh
    .locked = Bị khóa trong giờ mở cửa
    .broken = Bồn cầu, bồn rửa tay hoặc cửa bị hư
    .leak = Bị rò rỉ hoặc bị ngập nước

## Thiết bị sân chơi bị hư
question-playground-damaged-equipment = Thiết bị nào?
    .swing = Xích đu
    .slide = Cầu tuột
    .climber = Khung leo trèo hoặc cụm thiết bị chơi
    .surface = Mặt nền (cát, vụn gỗ hoặc cao su)
    .other = Loại khác
question-playground-damaged-unsafe = Nếu sử dụng bây giờ, có thể có người bị thương không?
    .yes = Có
    .no = Không
    .unsure = Không chắc

## Lều trại trong công viên
question-park-encampment-tent_count = Có khoảng bao nhiêu lều hoặc chỗ ở tạm?
question-park-encampment-details = Có điều gì nhân viên tiếp cận cộng đồng cần biết không, chẳng hạn như có lửa hoặc mối lo ngại khác về an toàn?

## Xác động vật trên đường hoặc vỉa hè
question-dead-animal-road-animal_type = Đó là loài động vật gì (ví dụ, gấu mèo, sóc hoặc mèo)?
question-dead-animal-road-animal_size = Con vật lớn cỡ nào?
    .small = Nhỏ (sóc, chim)
    .medium = Vừa (gấu mèo, mèo)
    .large = Lớn (hươu, chó sói đồng cỏ, chó)

## Động vật hoang dã bị thương hoặc bị bệnh
question-injured-wildlife-animal_type = Đó là loài động vật gì?
question-injured-wildlife-condition = Con vật đang gặp tình trạng gì?
    .injured = Bị thương
    .sick = Bị bệnh hoặc có hành vi lạ
    .trapped = Bị mắc kẹt hoặc bị vướng
    .orphaned = Con non có vẻ bị bỏ lại một mình

## Chó đi lạc hoặc chó thả rông
question-stray-dog-dog_contained = Con chó có đang được giữ lại không, ví dụ ở trong sân hoặc có dây xích?
    .yes = Có
    .no = Không

## Chó cắn hoặc tấn công
question-dog-bite-incident_time = Sự việc xảy ra khi nào?
question-dog-bite-victim = Ai hoặc con gì đã bị cắn hay bị tấn công?
    .person = Một người
    .dog = Một con chó khác
    .other-animal = Một con vật khác

## Chó không đeo dây xích
question-dog-off-leash-usual_time = Việc này thường xảy ra khi nào (ví dụ, buổi sáng các ngày trong tuần)?

## Khiếu nại về tiếng ồn
question-noise-noise_source = Cái gì đang gây ra tiếng ồn?
    .amplified-sound = Nhạc hoặc âm thanh phát qua loa
    .construction = Thi công xây dựng
    .barking = Chó sủa
    .equipment = Máy lạnh, quạt hoặc thiết bị khác
    .vehicle = Xe nổ máy đứng yên hoặc rồ ga
    .other = Loại khác
question-noise-ongoing = Tiếng ồn có đang diễn ra không?
    .now = Có, ngay lúc này
    .recurring = Xảy ra thường xuyên
    .past = Đã ngừng
question-noise-noise_times = Xin mô tả tiếng ồn xảy ra khi nào và kéo dài bao lâu.

## Vấn đề khẩn cấp về tiêu chuẩn nhà ở
question-property-standards-urgent-issue = Vấn đề khẩn cấp là gì?
    .no-heat = Không có sưởi hoặc sưởi không đủ ấm
    .no-water = Không có nước
    .no-power = Không có điện
    .lock = Khóa cửa ra vào bị hư
    .structure = Kết cấu, ban công hoặc cầu thang không an toàn
question-property-standards-urgent-is_tenant = Quý vị có phải là người thuê nhà trong tòa nhà này không?
    .yes = Có
    .no = Không
question-property-standards-urgent-unit_number = Số căn hộ của quý vị là gì?

## Khiếu nại về tiêu chuẩn nhà ở
question-property-standards-issues = Có những vấn đề gì?
    .pests = Côn trùng, sinh vật gây hại (chuột, gián, rệp giường)
    .mould = Nấm mốc
    .windows-doors = Cửa sổ hoặc cửa ra vào bị hư
    .leaks = Mái nhà hoặc tường bị dột, thấm nước
    .stairs-railings = Cầu thang hoặc tay vịn bị hư
    .exterior = Bên ngoài nhà xuống cấp
    .other = Vấn đề khác
question-property-standards-landlord_notified = Nếu quý vị là người thuê nhà, quý vị đã báo cho chủ nhà bằng văn bản chưa?
    .yes = Rồi
    .no = Chưa
    .not-tenant = Tôi không phải là người thuê nhà
question-property-standards-details = Xin mô tả vấn đề và cho biết vấn đề đã kéo dài bao lâu.

## Xe bị bỏ lại trên đất tư
question-abandoned-vehicle-licence_plate = Nếu xe có biển số, biển số là gì?
question-abandoned-vehicle-vehicle_description = Xin mô tả chiếc xe (màu sắc, hãng xe, loại xe).
