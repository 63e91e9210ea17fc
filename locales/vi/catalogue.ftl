### Danh mục dịch vụ Civic311: tên và mô tả bằng tiếng Việt của các nhóm dịch vụ và loại dịch vụ
### trong server/seed/catalogue.toml. Mã định danh theo mã trong tệp đó.

## Nhóm dịch vụ

service-group-roads = Đường sá và vỉa hè
service-group-streetlights-signs = Đèn đường, biển báo và đèn giao thông
service-group-snow-ice = Tuyết và băng
service-group-garbage = Rác, tái chế và thùng xanh lá
service-group-graffiti-dumping = Vẽ bậy và đổ rác trái phép
service-group-water = Nước, cống và thoát nước
service-group-trees = Cây xanh
service-group-parks = Công viên và giải trí
service-group-animals = Động vật
service-group-property-noise = Nhà đất, tiếng ồn và quy định thành phố

## Đường sá và vỉa hè

service-pothole = Ổ gà
    .description = Một lỗ hổng hoặc chỗ bị hư trên mặt đường hoặc hẻm của Thành phố. Hãy cho chúng tôi biết nó lớn khoảng bao nhiêu và nằm ở làn đường nào.

service-road-hazard = Nguy hiểm trên đường
    .description = Một điều gì đó trên đường đang gây nguy hiểm ngay lúc này, chẳng hạn như mặt đường bị sụt, mất nắp cống hoặc vật cản lớn trên làn xe đang chạy. Nếu có ai bị thương hoặc gặp nguy hiểm, hãy gọi 911.

service-sidewalk-damaged = Vỉa hè bị hư
    .description = Vỉa hè bị nứt, bị đội lên, bị lún hoặc bị vỡ, có thể làm người đi bộ vấp ngã hoặc cản trở xe lăn hay xe đẩy em bé.

service-curb-damaged = Lề đường bị hư
    .description = Lề đường dọc theo đường của Thành phố bị vỡ, bị mục nát hoặc bị mất.

service-street-sweeping = Đường cần được quét
    .description = Cát, sỏi, bùn hoặc rác tích tụ dọc đường hoặc trong làn xe đạp, cần xe quét đường đến dọn.

service-bike-lane-obstruction = Làn xe đạp bị chắn
    .description = Mảnh vụn, vật liệu xây dựng, thùng rác hoặc cọc phân làn bị hư đang chắn làn xe đạp. Nếu có xe hơi đậu trong làn xe đạp, hãy gọi Bộ phận Kiểm soát Đậu xe của Cảnh sát Toronto theo số 416-808-2222.

service-construction-blocking = Đường hoặc vỉa hè bị chắn do công trình
    .description = Công trường xây dựng hoặc công trình tiện ích chắn đường hoặc vỉa hè mà không có lối đi vòng an toàn, hoặc để lại khu vực không an toàn.

service-guardrail-damaged = Lan can hoặc hàng rào ven đường bị hư
    .description = Lan can bảo vệ, tay vịn hoặc hàng rào dọc theo đường, cầu hoặc đường dẫn bị cong, bị gãy hoặc bị mất.

service-laneway-repair = Hẻm xuống cấp
    .description = Hẻm công cộng có mặt đường bị hư, thoát nước kém hoặc có vết lún sâu. Nếu chỉ có một lỗ, hãy chọn Ổ gà.

service-long-term-parking = Xe đậu quá lâu trên đường khu dân cư
    .description = Một chiếc xe đậu ở cùng một chỗ trên đường khu dân cư lâu hơn thời gian quy định về đậu xe cho phép.

## Đèn đường, biển báo và đèn giao thông

service-streetlight-out = Đèn đường không sáng
    .description = Đèn đường bị tắt, nhấp nháy hoặc vẫn sáng vào ban ngày. Đèn đường được bảo trì cùng với Toronto Hydro; đèn trên đất tư hoặc trong một số công viên có thể thuộc về nơi khác.

service-streetlight-pole-damaged = Cột đèn đường bị hư
    .description = Cột đèn đường bị nghiêng, bị đổ, bị mất nắp hộp kỹ thuật hoặc có dây điện bị hở. Hãy tránh xa dây điện bị rơi và gọi 911 nếu dây đang tóe lửa.

service-sign-damaged = Biển báo bị hư hoặc bị mất
    .description = Biển tên đường, biển đậu xe, biển giới hạn tốc độ hoặc biển báo giao thông khác bị hư, bị phai màu, bị xoay hướng hoặc bị mất. Nếu biển Dừng lại hoặc biển Nhường đường bị đổ, hãy chọn Biển Dừng lại hoặc Nhường đường bị đổ.

service-stop-sign-down = Biển Dừng lại hoặc Nhường đường bị đổ
    .description = Biển Dừng lại hoặc Nhường đường bị đổ, bị mất hoặc bị xoay hướng khiến người lái xe không nhìn thấy. Sự việc này được xử lý như một mối nguy hiểm trên đường.

service-traffic-signal-malfunction = Đèn giao thông không hoạt động
    .description = Đèn giao thông bị tắt, bị kẹt, nhấp nháy hoặc bị hư. Khi đèn tắt, hãy coi giao lộ đó như nơi mọi hướng đều phải dừng lại.

service-pedestrian-signal = Đèn cho người đi bộ hoặc nút bấm không hoạt động
    .description = Đèn cho người đi bộ, đồng hồ đếm ngược, tín hiệu âm thanh hoặc nút bấm qua đường không hoạt động.

service-traffic-safety-concern = Lo ngại về an toàn giao thông
    .description = Yêu cầu xem xét về tình trạng chạy quá tốc độ, thời gian đèn giao thông, tầm nhìn hoặc một con đường khó băng qua. Việc xem xét cần thời gian và có thể dẫn đến biển báo, vạch sơn mới hoặc thay đổi đèn giao thông.

service-pavement-markings-faded = Vạch sơn trên đường bị mờ
    .description = Vạch phân làn, vạch qua đường, vạch dừng hoặc ký hiệu làn xe đạp bị mòn và khó nhìn thấy.

## Tuyết và băng

service-snow-sidewalk = Vỉa hè chưa được dọn tuyết
    .description = Vỉa hè do Thành phố dọn vẫn còn tuyết hoặc băng sau một trận bão. Việc dọn tuyết bắt đầu khi tuyết rơi đủ nhiều, vì vậy hãy chờ một thời gian sau khi tuyết ngừng rơi.

service-snow-road = Đường chưa được cào tuyết
    .description = Con đường chưa được cào tuyết sau khi tuyết đã ngừng rơi. Các đường chính và tuyến xe buýt được cào trước, sau đó mới đến đường nhỏ trong khu phố.

service-windrow-not-cleared = Ụ tuyết ở lối xe vào nhà chưa được dọn
    .description = Ụ tuyết do xe cào tuyết để lại ở đầu lối xe vào nhà quý vị chưa được dọn, trên con đường mà Thành phố có dịch vụ dọn ụ tuyết.

service-icy-road-salting = Đường hoặc vỉa hè đóng băng cần rải muối
    .description = Đường, vỉa hè, lối qua đường hoặc cầu đi bộ của Thành phố bị đóng băng và cần rải muối hoặc cát.

## Rác, tái chế và thùng xanh lá

service-missed-garbage = Rác không được thu gom
    .description = Quý vị đã để thùng rác ra đúng giờ vào ngày thu gom nhưng rác không được lấy đi. Trước tiên, hãy xem lịch thu gom để biết có thay đổi vào ngày lễ hay không.

service-missed-recycling = Đồ tái chế không được thu gom
    .description = Quý vị đã để thùng xanh dương ra đúng giờ vào ngày thu gom nhưng không được lấy đi.

service-missed-green-bin = Thùng xanh lá không được thu gom
    .description = Quý vị đã để thùng xanh lá đựng thức ăn thừa và rác hữu cơ ra đúng giờ vào ngày thu gom nhưng không được lấy đi.

service-missed-yard-waste = Rác sân vườn không được thu gom
    .description = Rác sân vườn đựng trong túi giấy hoặc thùng không nắp đã được để ra vào ngày thu gom trong mùa thu gom rác sân vườn nhưng không được lấy đi.

service-bin-damaged = Thùng bị hư
    .description = Thùng rác, thùng tái chế hoặc thùng xanh lá do Thành phố cấp bị nứt hoặc bị gãy nắp, bánh xe hay tay cầm. Thùng sẽ được sửa hoặc thay mới.

service-bin-missing = Thùng bị mất hoặc bị lấy cắp
    .description = Thùng do Thành phố cấp bị mất, bị lấy cắp hoặc bị xe thu gom mang đi.

service-bulky-item-pickup = Thu gom đồ cồng kềnh
    .description = Đặt lịch thu gom đồ nội thất, nệm, đồ điện gia dụng và các món đồ lớn khác vào ngày thu gom rác của quý vị.

service-litter-bin-overflowing = Thùng rác trên phố bị đầy tràn
    .description = Thùng rác hoặc thùng tái chế công cộng trên phố đã đầy và bị tràn ra ngoài.

service-litter-bin-damaged = Thùng rác trên phố bị hư
    .description = Thùng rác hoặc thùng tái chế công cộng trên phố bị hư, bị lật đổ hoặc bị mất.

## Vẽ bậy và đổ rác trái phép

service-graffiti-city-property = Vẽ bậy trên tài sản của Thành phố
    .description = Hình vẽ bậy trên tòa nhà, tường, cầu hoặc công trình khác thuộc sở hữu của Thành phố. Nếu là hình vẽ mang tính thù hận hoặc của băng nhóm, hãy chọn Vẽ bậy thù hận hoặc của băng nhóm.

service-graffiti-road-assets = Vẽ bậy trên biển báo, cột hoặc hộp điều khiển đèn
    .description = Hình vẽ bậy trên biển báo giao thông, hộp điều khiển đèn giao thông, cột đèn đường, tường chắn đất hoặc các công trình giao thông khác. Cột điện và hộp kỹ thuật có thể thuộc về Bell, Rogers hoặc Toronto Hydro.

service-graffiti-private-property = Vẽ bậy trên tài sản tư nhân
    .description = Hình vẽ bậy trên nhà ở, cơ sở kinh doanh, hàng rào hoặc tài sản tư nhân khác mà có thể nhìn thấy từ đường. Chủ sở hữu có trách nhiệm xóa bỏ và có thể nhận được thông báo.

service-graffiti-park = Vẽ bậy trong công viên
    .description = Hình vẽ bậy trên tòa nhà, nhà vệ sinh, sân chơi, ghế băng hoặc công trình khác trong công viên.

service-graffiti-hate = Vẽ bậy thù hận hoặc của băng nhóm
    .description = Hình vẽ bậy có nội dung thù hận, phân biệt chủng tộc hoặc liên quan đến băng nhóm. Trước tiên hãy báo cho Cảnh sát Toronto theo số 416-808-2222 (không khẩn cấp), sau đó báo ở đây để hình vẽ được xóa nhanh chóng.

service-illegal-dumping = Đổ rác trái phép
    .description = Rác, đồ nội thất, lốp xe, chất thải xây dựng hoặc các đồ vật khác bị vứt trên đường, hẻm, vỉa hè hoặc tài sản khác của Thành phố.

service-illegal-posters = Áp phích hoặc bảng hiệu trái phép trên cột
    .description = Áp phích, tờ rơi hoặc bảng hiệu gắn trên cột, cây hoặc công trình khác trên phố. Cột điện có thể thuộc về Bell, Rogers hoặc Toronto Hydro.

service-abandoned-shopping-cart = Xe đẩy mua sắm bị bỏ lại
    .description = Xe đẩy mua sắm bị bỏ lại trên đường, vỉa hè, trong công viên hoặc khe núi.

service-abandoned-bike = Xe đạp bị bỏ lại
    .description = Xe đạp bị khóa vào cột hoặc giá để xe đạp của Thành phố trong thời gian dài, bị thiếu bộ phận hoặc không thể chạy được. Xe sẽ được gắn thẻ trước khi bị dời đi.

## Nước, cống và thoát nước

service-water-main-break = Vỡ ống nước chính
    .description = Nước trào lên từ mặt đường, vỉa hè hoặc mặt đất, có thể do ống nước chính bị vỡ.

service-no-water = Không có nước
    .description = Vòi nước trong nhà hoặc tòa nhà của quý vị hoàn toàn không có nước.

service-low-water-pressure = Áp lực nước yếu
    .description = Áp lực nước ở vòi yếu hơn nhiều so với bình thường.

service-sewer-backup = Nước cống trào ngược hoặc ngập tầng hầm
    .description = Nước thải hoặc nước trào ngược lên qua lỗ thoát nước sàn hoặc bồn cầu, hoặc tầng hầm bị ngập do nước từ cống.

service-catch-basin-blocked = Hố ga bị nghẹt
    .description = Miệng cống thoát nước trên đường hoặc hố ga bị nghẹt do lá cây hoặc rác, hoặc nước đọng trên đường vì không thoát được.

service-fire-hydrant-damaged = Trụ nước cứu hỏa bị hư hoặc bị rò rỉ
    .description = Trụ nước cứu hỏa bị xe đâm, bị rò rỉ, bị mất nắp hoặc bị che chắn.

service-water-quality = Nước bị đổi màu hoặc có vị lạ
    .description = Nước máy có màu nâu, bị đục hoặc có vị hay mùi bất thường.

service-water-leak = Rò rỉ nước ở lề đường hoặc van nước
    .description = Nước rò rỉ từ hộp van hoặc van nước ở rìa khu đất, phía thuộc Thành phố.

service-sewer-odour = Mùi hôi cống
    .description = Mùi nước thải nồng nặc bốc lên từ nắp cống, hố ga hoặc miệng cống trên đường.

## Cây xanh

service-tree-emergency = Cây bị đổ hoặc bị hư (khẩn cấp)
    .description = Cây hoặc cành lớn của Thành phố đã đổ hoặc sắp đổ, chắn đường hoặc vỉa hè, hoặc đe dọa người hay tài sản. Hãy tránh xa dây điện; Toronto Hydro xử lý những cây chạm vào đường dây điện.

service-tree-pruning = Tỉa cây (không khẩn cấp)
    .description = Yêu cầu tỉa cây của Thành phố trên phần đất ven đường, ví dụ cành cây rủ thấp trên vỉa hè, che biển báo hoặc chạm vào nhà.

service-tree-planting = Yêu cầu trồng cây
    .description = Yêu cầu trồng miễn phí một cây trên phần đất ven đường thuộc Thành phố ở trước nhà quý vị.

service-tree-inspection = Cây của Thành phố đã chết hoặc sắp chết
    .description = Yêu cầu kiểm tra cây của Thành phố trông như đã chết, sắp chết, bị rỗng hoặc không vững nhưng chưa gây nguy hiểm ngay.

service-stump-removal = Nhổ gốc cây
    .description = Gốc cây còn lại sau khi cây của Thành phố được chặt bỏ khỏi phần đất ven đường.

service-tree-pest = Sâu bệnh trên cây
    .description = Dấu hiệu có côn trùng hoặc bệnh trên cây của Thành phố, chẳng hạn như sâu bướm xốp (spongy moth), thiệt hại do bọ ngọc lục bảo đục thân cây tần bì hoặc lá rụng bất thường.

## Công viên và giải trí

service-park-washroom = Vấn đề nhà vệ sinh công viên
    .description = Nhà vệ sinh công viên bị bẩn, hết đồ dùng, bị khóa trong giờ mở cửa đã niêm yết hoặc có thiết bị bị hư.

service-playground-damaged = Thiết bị sân chơi bị hư
    .description = Thiết bị trong sân chơi của Thành phố bị hư, bị lỏng hoặc không an toàn, chẳng hạn như xích đu, cầu tuột hoặc khung leo trèo.

service-park-encampment = Lều trại trong công viên
    .description = Lều hoặc chỗ ở tạm trong công viên. Nhân viên tiếp cận cộng đồng sẽ đến để giới thiệu nơi tạm trú và hỗ trợ. Nếu có ai cần giúp đỡ y tế hoặc đang gặp nguy hiểm, hãy gọi 911.

service-park-litter = Rác hoặc thùng rác đầy trong công viên
    .description = Rác vương vãi trong công viên, hoặc thùng rác của công viên đã đầy.

service-park-grass-overgrown = Cỏ mọc quá cao trong công viên
    .description = Cỏ hoặc cỏ dại trong công viên, công viên nhỏ hoặc vườn hoa ven đường cần được cắt.

service-park-lights-out = Đèn công viên không sáng
    .description = Đèn lối đi, sân thể thao hoặc bãi đậu xe trong công viên bị tắt hoặc nhấp nháy.

service-drinking-fountain = Vòi nước uống hoặc khu chơi nước không hoạt động
    .description = Vòi nước uống, trạm lấy nước vào chai hoặc khu chơi nước trong công viên không hoạt động hoặc bị rò rỉ.

service-park-amenity-damaged = Ghế băng, bàn hoặc hàng rào công viên bị hư
    .description = Ghế băng, bàn dã ngoại, hàng rào, cổng, biển báo hoặc vật dụng khác trong công viên bị hư.

## Động vật

service-dead-animal-road = Xác động vật trên đường hoặc vỉa hè
    .description = Xác động vật trên đường, vỉa hè, hẻm hoặc nơi công cộng khác. Xác sẽ được dọn đi.

service-injured-wildlife = Động vật hoang dã bị thương hoặc bị bệnh
    .description = Động vật hoang dã, chẳng hạn như gấu mèo, cáo hoặc chim, bị thương, bị bệnh hoặc bị mắc kẹt. Đừng cố tự mình bắt hoặc chạm vào chúng.

service-stray-dog = Chó đi lạc hoặc chó thả rông
    .description = Chó chạy rông trên đường mà không có chủ ở gần. Nếu chó hung dữ, hãy giữ khoảng cách.

service-dog-bite = Chó cắn hoặc tấn công
    .description = Chó đã cắn hoặc tấn công người hay động vật khác. Nếu có ai bị thương nặng, hãy gọi 911.

service-dog-off-leash = Chó không đeo dây xích
    .description = Chó không đeo dây xích ở ngoài khu vực được phép thả chó, trong công viên hoặc trên đường.

service-animal-bylaw = Khiếu nại về quy định liên quan đến động vật
    .description = Nuôi quá nhiều thú cưng tại một địa chỉ, có người cho động vật hoang dã hoặc chim bồ câu ăn, hoặc phân động vật bị bỏ lại trong khu đất.

## Nhà đất, tiếng ồn và quy định thành phố

service-noise = Khiếu nại về tiếng ồn
    .description = Nhạc mở lớn, thi công ngoài giờ cho phép, chó sủa hoặc tiếng máy móc từ một nhà hoặc cơ sở kinh doanh.

service-property-standards-urgent = Vấn đề khẩn cấp về tiêu chuẩn nhà ở
    .description = Vấn đề nghiêm trọng trong nhà cho thuê hoặc tòa nhà khác ảnh hưởng đến sức khỏe hoặc an toàn, chẳng hạn như không có sưởi vào mùa đông, không có nước, khóa cửa ra vào bị hư hoặc kết cấu không an toàn.

service-property-standards = Khiếu nại về tiêu chuẩn nhà ở
    .description = Tòa nhà hoặc sân không được sửa chữa, giữ gìn tốt, chẳng hạn như có côn trùng gây hại, nấm mốc, cửa sổ bị vỡ, mái nhà bị dột hoặc cầu thang và tay vịn bị hư, nhưng không có nguy hiểm ngay.

service-long-grass-weeds = Cỏ mọc cao hoặc cỏ dại trên đất tư
    .description = Cỏ hoặc cỏ dại trên đất tư cao hơn mức quy định cho phép.

service-waste-private-property = Rác hoặc đồ phế thải trên đất tư
    .description = Rác, đồ bỏ đi hoặc đồ phế thải chất đống trong sân nhà, trên hiên nhà hoặc trên lối xe vào nhà.

service-abandoned-vehicle = Xe bị bỏ lại trên đất tư
    .description = Xe bị hư nát, bị tháo rời hoặc không có biển số bị bỏ lại trên đất tư.

service-short-term-rental = Khiếu nại về cho thuê ngắn hạn
    .description = Nhà được cho thuê ở ngắn ngày mà có thể chưa đăng ký, không phải là nơi ở chính của chủ nhà, hoặc thường xuyên gây phiền phức cho hàng xóm.
