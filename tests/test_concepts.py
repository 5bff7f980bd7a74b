"""Indicator concepts: a corpus of indicator names (our own phrasings) → concept id, a negative
corpus that must stay concept-less, the items of prices, the taxonomy's integrity and the
``vnextract concepts`` command."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from vnextract.cli import main
from vnextract.concepts import classify, load_concepts, unit_kind
from vnextract.lexicon import rows

# (name, unit, expected concept)
CORPUS: list[tuple[str, str, str]] = [
    # national accounts
    ("tổng sản phẩm trên địa bàn tỉnh", "VND", "grdp"),
    ("GRDP theo giá so sánh", "VND", "grdp"),
    ("quy mô nền kinh tế của tỉnh", "VND", "grdp"),
    ("quy mô kinh tế", "rank", "grdp"),
    ("tốc độ tăng GRDP 9 tháng", "%", "grdp_growth"),
    ("tăng trưởng kinh tế của thành phố", "%", "grdp_growth"),
    ("GRDP", "%", "grdp_growth"),
    ("xếp hạng tăng trưởng GRDP trong vùng", "rank", "grdp_growth"),
    ("tốc độ tăng tổng sản phẩm trên địa bàn", "%", "grdp_growth"),
    ("tổng sản phẩm trong nước", "VND", "gdp"),
    ("quy mô GDP", "USD", "gdp"),
    ("GDP của Việt Nam", "USD", "gdp"),
    ("tốc độ tăng GDP", "%", "gdp_growth"),
    ("tăng trưởng kinh tế cả nước", "%", "gdp_growth"),
    ("tăng trưởng GDP năm nay", "%", "gdp_growth"),
    ("GRDP bình quân đầu người", "USD", "grdp_per_capita"),
    ("GDP bình quân đầu người", "USD", "gdp_per_capita"),
    ("thu nhập bình quân đầu người của xã", "VND", "income_per_capita"),
    ("tỷ trọng dịch vụ trong GRDP", "%", "grdp_structure"),
    ("cơ cấu kinh tế khu vực dịch vụ", "%", "grdp_structure"),
    ("giá trị tăng thêm khu vực công nghiệp", "VND", "sector_value_added"),
    ("khu vực nông, lâm nghiệp và thủy sản", "VND", "sector_value_added"),
    ("tăng trưởng khu vực dịch vụ", "%", "sector_growth"),
    ("khu vực công nghiệp – xây dựng", "%", "sector_growth"),
    ("thuế sản phẩm trừ trợ cấp sản phẩm", "VND", "product_taxes"),
    # industry and agriculture
    ("giá trị sản xuất công nghiệp theo giá so sánh", "VND", "industrial_output_value"),
    ("giá trị sản xuất ngành công nghiệp", "VND", "industrial_output_value"),
    ("giá trị sản xuất công nghiệp", "%", "industrial_output_value"),
    ("chỉ số sản xuất công nghiệp tháng 6", "%", "iip"),
    ("IIP", "%", "iip"),
    ("chỉ số sản xuất ngành chế biến, chế tạo", "%", "iip"),
    ("sản lượng điện sản xuất", "kWh", "industrial_product_output"),
    ("sản lượng xi măng", "tonne", "industrial_product_output"),
    ("giá trị sản xuất xây dựng", "VND", "construction_output_value"),
    ("giá trị sản xuất nông nghiệp", "VND", "agricultural_output_value"),
    ("giá trị sản xuất nông, lâm nghiệp và thủy sản", "VND", "agricultural_output_value"),
    ("giá trị sản xuất thủy sản", "VND", "agricultural_output_value"),
    ("diện tích gieo cấy lúa vụ mùa", "ha", "planted_area"),
    ("diện tích cà phê", "ha", "planted_area"),
    ("diện tích cho thu hoạch", "ha", "planted_area"),
    ("sản lượng lúa cả năm", "tonne", "crop_output"),
    ("sản lượng cà phê niên vụ mới", "tonne", "crop_output"),
    ("sản lượng thanh long", "tonne", "crop_output"),
    ("sản lượng thủy sản nuôi trồng", "tonne", "fishery_output"),
    ("sản lượng tôm", "tonne", "fishery_output"),
    ("sản lượng khai thác hải sản", "tonne", "fishery_output"),
    ("diện tích nuôi tôm", "ha", "aquaculture_area"),
    ("diện tích nuôi trồng thủy sản", "ha", "aquaculture_area"),
    ("diện tích thả nuôi cá tra", "ha", "aquaculture_area"),
    ("sản lượng thịt hơi xuất chuồng", "tonne", "livestock_output"),
    ("diện tích rừng trồng mới tập trung", "ha", "forest_planting"),
    ("diện tích trồng rừng", "ha", "forest_planting"),
    ("số hợp tác xã nông nghiệp", "cooperative", "cooperative_count"),
    # trade
    ("kim ngạch xuất khẩu hàng hóa", "USD", "export_value"),
    ("xuất khẩu thủy sản", "USD", "export_value"),
    ("giá trị xuất khẩu của doanh nghiệp", "USD", "export_value"),
    ("kim ngạch xuất khẩu", "%", "export_value"),
    ("xếp hạng kim ngạch xuất khẩu", "rank", "export_value"),
    ("lượng gạo xuất khẩu", "tonne", "export_volume"),
    ("khối lượng xuất khẩu cà phê", "tonne", "export_volume"),
    ("sản lượng tôm xuất khẩu", "tonne", "export_volume"),
    ("kim ngạch nhập khẩu", "USD", "import_value"),
    ("nhập khẩu xăng dầu", "USD", "import_value"),
    ("giá trị nhập khẩu máy móc", "USD", "import_value"),
    ("lượng phân bón nhập khẩu", "tonne", "import_volume"),
    ("tổng kim ngạch xuất nhập khẩu", "USD", "trade_value"),
    ("kim ngạch xuất nhập khẩu qua cửa khẩu", "USD", "trade_value"),
    ("kim ngạch thương mại hai chiều", "USD", "trade_value"),
    ("xuất siêu", "USD", "trade_balance"),
    ("nhập siêu hàng hóa", "USD", "trade_balance"),
    ("cán cân thương mại", "USD", "trade_balance"),
    # domestic trade, services, tourism
    ("tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "VND", "retail_sales"),
    ("tổng mức bán lẻ hàng hóa", "VND", "retail_sales"),
    ("tổng mức bán lẻ", "%", "retail_sales"),
    ("doanh thu bán lẻ hàng hóa", "VND", "retail_goods_sales"),
    ("doanh thu dịch vụ lưu trú, ăn uống", "VND", "accommodation_food_revenue"),
    ("doanh thu vận tải, kho bãi", "VND", "transport_revenue"),
    ("khối lượng hành khách vận chuyển", "passenger", "passenger_transport"),
    ("khối lượng hàng hóa vận chuyển", "tonne", "freight_transport"),
    ("lượt hành khách qua sân bay", "passenger", "airport_passengers"),
    ("lượt hành khách qua cảng hàng không", "passenger", "airport_passengers"),
    ("số chuyến bay quốc tế", "flight", "flights"),
    ("lượt khách du lịch", "visitor", "tourist_arrivals"),
    ("tổng lượng khách du lịch đến tỉnh", "visitor", "tourist_arrivals"),
    ("lượt khách tham quan", "visitor", "tourist_arrivals"),
    ("lượt khách quốc tế", "visitor", "international_arrivals"),
    ("khách du lịch quốc tế", "visitor", "international_arrivals"),
    ("lượt khách nước ngoài", "visitor", "international_arrivals"),
    ("lượt khách nội địa", "visitor", "domestic_tourists"),
    ("khách du lịch nội địa", "visitor", "domestic_tourists"),
    ("lượt khách lưu trú", "visitor", "accommodation_guests"),
    ("doanh thu du lịch", "VND", "tourism_revenue"),
    ("tổng thu từ khách du lịch", "VND", "tourism_revenue"),
    ("doanh thu ngành du lịch", "%", "tourism_revenue"),
    ("công suất sử dụng phòng khách sạn", "%", "room_occupancy"),
    # prices and indices
    ("chỉ số giá tiêu dùng", "%", "cpi"),
    ("CPI bình quân 6 tháng", "%", "cpi"),
    ("lạm phát", "%", "cpi"),
    ("lạm phát cơ bản", "%", "core_inflation"),
    ("chỉ số giá nhóm giáo dục", "%", "cpi_group"),
    ("chỉ số giá vàng", "%", "gold_price_index"),
    ("chỉ số giá đô la Mỹ", "%", "usd_price_index"),
    ("giá cà phê nhân xô", "VND/kg", "commodity_price"),
    ("giá hồ tiêu", "VND/kg", "commodity_price"),
    ("giá heo hơi", "VND/kg", "commodity_price"),
    ("giá lúa tươi", "VND/kg", "commodity_price"),
    ("giá vàng SJC", "VND/tael", "gold_price"),
    ("giá vàng miếng", "VND/tael", "gold_price"),
    ("giá vàng thế giới", "USD/ounce", "gold_price"),
    ("giá xăng E5", "VND/litre", "fuel_price"),
    ("giá dầu diesel", "VND/litre", "fuel_price"),
    ("giá bán lẻ xăng", "VND/litre", "fuel_price"),
    ("giá căn hộ", "VND", "real_estate_price"),
    ("giá đất nền", "VND/square metre", "real_estate_price"),
    ("giá nhà ở xã hội", "VND", "real_estate_price"),
    ("tỷ giá trung tâm", "VND", "exchange_rate"),
    ("tỷ giá USD", "VND", "exchange_rate"),
    ("giá cổ phiếu", "VND/share", "share_price"),
    ("thị giá cổ phiếu", "VND/share", "share_price"),
    ("VN-Index", "point", "stock_index"),
    ("chỉ số HNX-Index", "point", "stock_index"),
    ("vốn hóa thị trường", "VND", "market_capitalization"),
    # budget
    ("tổng thu ngân sách nhà nước trên địa bàn", "VND", "budget_revenue"),
    ("thu ngân sách", "%", "budget_revenue"),
    ("xếp hạng thu ngân sách", "rank", "budget_revenue"),
    ("dự toán thu ngân sách", "VND", "budget_revenue"),
    ("thu nội địa", "VND", "domestic_revenue"),
    ("thu từ hoạt động xuất nhập khẩu", "VND", "customs_revenue"),
    ("thu hải quan", "VND", "customs_revenue"),
    ("thu tiền sử dụng đất", "VND", "land_use_revenue"),
    ("thu từ thuế, phí và lệ phí", "VND", "tax_revenue"),
    ("số thuế thu được", "VND", "tax_revenue"),
    ("tổng chi ngân sách địa phương", "VND", "budget_expenditure"),
    ("chi đầu tư phát triển", "VND", "development_expenditure"),
    ("chi thường xuyên", "VND", "recurrent_expenditure"),
    ("bội chi ngân sách nhà nước", "VND", "budget_deficit"),
    ("tổng mức đầu tư toàn xã hội", "VND", "total_social_investment"),
    # investment
    ("kế hoạch vốn đầu tư công", "VND", "public_investment_plan"),
    ("tổng vốn đầu tư công năm nay", "VND", "public_investment_plan"),
    ("giải ngân vốn đầu tư công", "VND", "public_investment_disbursed"),
    ("vốn đầu tư công đã giải ngân", "VND", "public_investment_disbursed"),
    ("giải ngân vốn các dự án trọng điểm", "VND", "public_investment_disbursed"),
    ("giải ngân vốn đầu tư công", "%", "disbursement_rate"),
    ("giải ngân vốn đầu tư công", "rank", "public_investment_disbursed"),
    ("tỷ lệ giải ngân vốn đầu tư công", "%", "disbursement_rate"),
    ("xếp hạng tỷ lệ giải ngân", "rank", "disbursement_rate"),
    ("vốn đầu tư thực hiện từ nguồn ngân sách nhà nước", "VND", "state_budget_investment"),
    ("tổng vốn đầu tư toàn xã hội", "VND", "total_social_investment"),
    ("tổng mức đầu tư của dự án", "VND", "project_investment"),
    ("tổng vốn đăng ký", "VND", "investment_capital"),
    ("vốn đầu tư thu hút", "VND", "investment_capital"),
    ("tổng vốn dự án trong nước", "VND", "investment_capital"),
    ("số dự án đầu tư mới", "project", "investment_projects"),
    ("dự án được cấp chủ trương đầu tư", "project", "investment_projects"),
    ("lượt dự án điều chỉnh vốn", "project", "investment_projects"),
    ("vốn FDI đăng ký", "USD", "fdi_registered_capital"),
    ("tổng vốn đầu tư nước ngoài", "USD", "fdi_registered_capital"),
    ("vốn đầu tư của nhà đầu tư Singapore", "USD", "fdi_registered_capital"),
    ("xếp hạng thu hút FDI", "rank", "fdi_registered_capital"),
    ("vốn FDI giải ngân", "USD", "fdi_disbursed"),
    ("vốn đầu tư trực tiếp nước ngoài thực hiện", "USD", "fdi_disbursed"),
    ("số dự án FDI", "project", "fdi_projects"),
    ("dự án có vốn đầu tư nước ngoài", "project", "fdi_projects"),
    ("số dự án của nhà đầu tư Hàn Quốc", "project", "fdi_projects"),
    ("số dự án đủ các điều kiện pháp lý", "project", "investment_projects"),
    ("góp vốn, mua cổ phần", "USD", "fdi_share_purchase"),
    ("tỷ lệ lấp đầy khu công nghiệp", "%", "industrial_park_occupancy"),
    # enterprises
    ("số doanh nghiệp thành lập mới", "enterprise", "new_enterprises"),
    ("doanh nghiệp đăng ký thành lập mới", "enterprise", "new_enterprises"),
    ("số doanh nghiệp thành lập mới", "%", "new_enterprises"),
    ("vốn đăng ký của doanh nghiệp thành lập mới", "VND", "new_enterprise_capital"),
    ("số doanh nghiệp đang hoạt động", "enterprise", "enterprise_count"),
    ("số doanh nghiệp FDI", "enterprise", "enterprise_count"),
    ("số doanh nghiệp Hàn Quốc", "enterprise", "enterprise_count"),
    ("số doanh nghiệp giải thể", "enterprise", "enterprise_exits"),
    ("doanh nghiệp rút lui khỏi thị trường", "enterprise", "enterprise_exits"),
    ("số doanh nghiệp tạm ngừng kinh doanh", "enterprise", "enterprise_exits"),
    ("số hộ kinh doanh cá thể", "household", "household_business_count"),
    ("doanh thu của công ty", "VND", "company_revenue"),
    ("doanh thu thuần", "VND", "company_revenue"),
    ("tổng doanh thu", "%", "company_revenue"),
    ("lợi nhuận trước thuế", "VND", "company_profit"),
    ("lợi nhuận sau thuế của ngân hàng", "VND", "company_profit"),
    ("lãi ròng", "VND", "company_profit"),
    ("vốn điều lệ", "VND", "company_charter_capital"),
    ("nộp ngân sách nhà nước", "VND", "budget_contribution"),
    # finance
    ("lãi suất cho vay", "%", "interest_rate"),
    ("lãi suất huy động kỳ hạn 12 tháng", "%", "interest_rate"),
    ("lãi suất", "%", "interest_rate"),
    ("thuế suất thuế giá trị gia tăng", "%", "tax_rate"),
    ("mức thuế suất", "%", "tax_rate"),
    ("thuế suất nhập khẩu", "%", "tax_rate"),
    ("dư nợ tín dụng", "VND", "credit_outstanding"),
    ("tăng trưởng tín dụng", "%", "credit_outstanding"),
    ("dư nợ cho vay", "VND", "credit_outstanding"),
    ("huy động vốn", "VND", "deposits"),
    ("huy động trái phiếu Chính phủ", "VND", "bond_issuance"),
    ("tổng khối lượng gọi thầu", "VND", "bond_issuance"),
    ("kết quả huy động thành công", "VND", "bond_issuance"),
    ("tỷ lệ nợ xấu", "%", "bad_debt_ratio"),
    ("nợ xấu", "%", "bad_debt_ratio"),
    # labour
    ("số lao động", "person", "workers"),
    ("số lao động trong khu công nghiệp", "person", "workers"),
    ("công nhân làm việc tại khu công nghiệp", "person", "workers"),
    ("số việc làm mới", "job", "jobs_created"),
    ("số lao động được tạo việc làm", "person", "jobs_created"),
    ("lương tối thiểu vùng", "VND", "wage"),
    ("tiền lương bình quân", "VND", "wage"),
    ("tỷ lệ thất nghiệp", "%", "unemployment_rate"),
    # indices
    ("điểm PCI", "point", "pci_score"),
    ("chỉ số năng lực cạnh tranh cấp tỉnh", "point", "pci_score"),
    ("PCI", "point", "pci_score"),
    ("xếp hạng PCI", "rank", "pci_rank"),
    ("chỉ số năng lực cạnh tranh cấp tỉnh", "rank", "pci_rank"),
    ("thứ hạng PCI", "rank", "pci_rank"),
    ("điểm chỉ số tiếp cận đất đai", "point", "pci_subindex"),
    ("chỉ số tính minh bạch", "rank", "pci_subindex"),
    ("điểm PAPI", "point", "papi"),
    ("xếp hạng PAPI", "rank", "papi"),
    ("chỉ số cải cách hành chính", "point", "par_index"),
    ("xếp hạng chỉ số chuyển đổi số", "rank", "dti"),
    ("dịch vụ công trực tuyến toàn trình", "%", "online_public_services"),
    # per-capita GDP written out in full, and earnings per month
    ("tổng sản phẩm quốc nội (GDP) bình quân đầu người theo sức mua", "USD", "gdp_per_capita"),
    ("thu nhập bình quân đầu người", "VND/year", "income_per_capita"),
    # grain in the consumer price index is a price group, not a wage
    ("chỉ số giá nhóm lương thực", "%", "cpi_group"),
    ("sản lượng lương thực", "tonne", "crop_output"),
]

# names that must get no concept: vague words, crime sums, gifts, non-economic counts, shares of
# something that is not a rate concept
NEGATIVE: list[tuple[str, str]] = [
    # earnings per share, pensions, one person's pay, earnings a month read as a price
    ("lãi cơ bản trên mỗi cổ phiếu", "VND/share"),
    ("lãi trên cổ phiếu", "VND/share"),
    ("lương hưu dự kiến", "%"),
    ("thu nhập bình quân hằng tháng của tôi", "VND"),
    ("nuôi gà kiếm", "VND/month"),
    ("mức lương của người giữ trẻ", "VND/month"),
    ("cầu thủ được trả lương", "EUR"),
    # one object for sale is not a commodity price; a phone is not electricity
    ("đôi cá lăng khổng lồ giá", "VND"),
    ("chiếc điện thoại có giá", "USD"),
    # waste, bank lending and overruns are not investment or its disbursement
    ("lãng phí vốn đầu tư", "VND"),
    ("tổng doanh số giải ngân", "VND"),
    ("giá trị vượt tổng mức đầu tư", "VND"),
    ("sản lượng cá bị cuốn trôi", "tonne"),
    # yellow sand is no gold, a cost price is no market price, guests of a show are no tourists
    ("giá cát vàng xây dựng", "VND/m3"),
    ("giá vốn đối với bưởi", "VND/kg"),
    ("lượt khách mời của chương trình", "visitor"),
    # a cost of production, one sector's takings, earnings per hectare
    ("giá thành nuôi cá tra", "VND/kg"),
    ("doanh thu ngành bưu chính", "VND"),
    ("lương thực", "tonne"),
    # look-alike items and counts that are not investment projects
    ("phiên bản cá tính có giá", "VND"),
    ("số dự án nghiên cứu chung", "project"),
    ("giá gà nướng", "VND/head"),
    ("con số", "VND"),
    ("tổng", "VND"),
    ("số tiền", "VND"),
    ("giá trị", "VND"),
    ("giá", "VND"),
    ("mức giá", "VND/kg"),
    ("số tiền chiếm đoạt", "VND"),
    ("tổng số tiền lừa đảo", "VND"),
    ("số tiền nhận hối lộ", "VND"),
    ("số tiền phạt vi phạm thu ngân sách", "VND"),
    ("tiền xử phạt vi phạm hành chính", "VND"),
    ("số nợ phải trả", "VND"),
    ("tổng số tiền ủng hộ", "VND"),
    ("mỗi suất quà tặng", "VND"),
    ("tiền thưởng cho đội tuyển", "VND"),
    ("kinh phí bồi thường giải phóng mặt bằng", "VND"),
    ("độ ẩm", "%"),
    ("nhiệt độ", "%"),
    ("tỷ lệ tốt nghiệp", "%"),
    ("điểm thi môn toán", "point"),
    ("số thí sinh", "person"),
    ("số người chết", "person"),
    ("tốc độ tăng trưởng số vụ tai nạn", "%"),
    ("số ca mắc mới", "person"),
    ("ý kiến đồng tình", "%"),
    ("số đại biểu tán thành", "person"),
    ("dân số", "person"),
    ("diện tích tự nhiên", "ha"),
    ("tổng diện tích đất", "ha"),
    ("số hộ dân bị ảnh hưởng", "household"),
    ("tỷ trọng xoài trong sản lượng xuất khẩu", "%"),
    ("tỷ lệ diện tích lúa chất lượng cao", "%"),
    ("thị phần", "%"),
    ("tỷ lệ mặt bằng đã bàn giao", "%"),
    ("GDP toàn cầu", "%"),
    ("hạn mức cho vay mỗi doanh nghiệp", "VND"),
    ("doanh thu từ cá ngừ", "VND"),
    ("sản lượng thi công toàn dự án", "%"),
    ("tỷ trọng các dòng sản phẩm được hưởng mức thuế suất 0%", "%"),
    ("tỷ suất lợi nhuận", "%"),
    ("tô canh chua cá có giá", "VND"),
    ("lọc dầu Dung Quất được định giá", "USD"),
    ("mỗi công tơ điện có giá", "VND"),
    ("chưa điều chỉnh đơn giá cấp phối", "VND"),
    ("giá trị của gạo", "USD"),
    ("một chiếc túi xách có giá", "USD"),
    ("xếp hạng đội bóng", "rank"),
    ("số doanh nghiệp tham dự hội nghị", "enterprise"),
    ("số doanh nghiệp của trung tâm khảo sát", "enterprise"),
    ("số công nhân nhập viện cấp cứu", "person"),
    ("số lao động cần tuyển", "person"),
    ("lượt khách hàng trúng giải", "visitor"),
    ("khoản lỗ tỷ giá", "VND"),
    ("diện tích lúa bị ngập úng", "ha"),
    ("vốn giải ngân thực hiện", "USD"),
    ("vé tàu giá", "VND"),
    ("các khu đất đấu giá quyền sử dụng đất", "VND"),
    ("số doanh nghiệp ký kết tham gia chương trình", "enterprise"),
    ("số dự án", "VND"),
    ("số doanh nghiệp", "VND"),
    ("lượt tải về", "passenger"),
    ("", "VND"),
]

# (name, unit, context, expected concept, expected item): prices, and the context's part
ITEMS: list[tuple[str, str, str, str, str | None]] = [
    ("giá cà phê nhân xô tại Đắk Lắk", "VND/kg", "", "commodity_price", "cà phê nhân xô"),
    ("giá vàng SJC", "VND/tael", "", "gold_price", "vàng SJC"),
    ("giá hồ tiêu", "VND/kg", "", "commodity_price", "hồ tiêu"),
    ("giá thu mua lúa tươi", "VND/kg", "", "commodity_price", "lúa tươi"),
    ("giá xăng RON 95", "VND/litre", "", "fuel_price", "xăng RON 95"),
    ("giá cá ngừ đại dương loại 1", "VND/kg", "", "commodity_price", "cá ngừ đại dương loại 1"),
    ("giá heo hơi hôm nay", "VND/kg", "", "commodity_price", "heo hơi"),
    ("giá tiêu vẫn còn", "VND/kg", "", "commodity_price", "tiêu"),
    ("giá lúa tẻ thường không đổi", "VND/kg", "", "commodity_price", "lúa"),
    ("giá xăng E5 RON 92", "VND/litre", "", "fuel_price", "xăng E5 RON 92"),
    ("doanh thu", "%", "Thuế tính bằng 3%/doanh thu.", "", None),
    ("diện tích trồng dừa cả nước", "%", "Tỉnh chiếm 40% diện tích trồng dừa cả nước.", "", None),
    ("giá", "VND/kg", "Sáng nay giá cà phê nhân tăng thêm 500 đồng/kg.", "commodity_price",
     "cà phê nhân"),
    ("giá", "VND/tael", "Giá vàng miếng bán ra giảm nhẹ.", "gold_price", "vàng miếng"),
    ("xuất khẩu gạo", "USD/tonne", "", "commodity_price", "gạo"),
    ("giá cổ phiếu", "VND/share", "Cổ phiếu HPG tăng trần trong phiên sáng.", "share_price", "HPG"),
    ("kim ngạch xuất khẩu gạo", "USD", "", "export_value", None),
    ("giá", "VND", "Giá cả thị trường ổn định.", "", None),
    ("mua nhà ở xã hội giá", "VND", "", "real_estate_price", "nhà ở xã hội"),
    # a fragment of a name whose sentence names the price
    ("/lượng", "VND", "Giá vàng SJC niêm yết ở mức 36,2 triệu đồng/lượng.", "gold_price", "vàng SJC"),
    ("(mua)", "VND", "Các ngân hàng niêm yết giá USD ở mức 22.655 đồng (mua).", "exchange_rate",
     "USD"),
    ("giá chanh", "VND/kg", "", "commodity_price", "chanh"),
    ("chi phí", "VND", "Giá vàng tăng nhưng chi phí đám cưới lên 50 triệu đồng.", "", None),
    # a veto in the figure's sentence
    ("số lao động", "person", "Các doanh nghiệp cần tuyển thêm 30.000 lao động.", "", None),
    ("số lao động", "person", "Nhà máy hiện sử dụng 11.000 lao động.", "workers", None),
    ("lượt khách nước ngoài", "visitor", "Trên tàu có 16 khách nước ngoài.", "", None),
    ("FDI vào nông nghiệp", "%", "FDI vào nông nghiệp chỉ chiếm 0,9% tổng vốn.", "", None),
    ("lượt khách", "visitor", "Tuyến xe buýt vận chuyển 440.000 lượt khách.", "", None),
    ("tam thất trồng có giá", "VND/kg", "", "commodity_price", "tam thất"),
    ("GDP", "%", "Ngành này phấn đấu đóng góp khoảng 5% GDP.", "", None),
    ("GDP", "%", "GDP quý này tăng 6,9%.", "gdp_growth", None),
    # people at a mishap or seated at once are not arrivals; the yearly count is
    ("lượt khách", "visitor", "Chiếc thuyền chở chín khách bị lật gần bờ.", "", None),
    ("du khách", "visitor", "Có 15 du khách phải nhập viện sau bữa trưa.", "", None),
    ("lượt khách du lịch", "visitor", "Quán đủ chỗ phục vụ cùng lúc 2.000 khách.", "", None),
    ("lượt khách du lịch", "visitor", "Năm nay huyện đón 2 triệu lượt khách du lịch.",
     "tourist_arrivals", None),
    # goods lying in stock are not the output
    ("sản lượng hồ tiêu", "tonne", "Nhiều hộ còn vài tấn hồ tiêu nằm trong kho.", "", None),
    ("sản lượng than", "tonne", "Than tồn kho của tập đoàn lên 8 triệu tấn.", "", None),
    ("sản lượng than", "tonne", "Sản lượng than cả năm đạt 38 triệu tấn.",
     "industrial_product_output", None),
    # a tax on fuel is not its price
    ("xăng", "VND/litre", "Bộ đề xuất nâng mức thuế bảo vệ môi trường với xăng lên 4.000 đồng/lít.",
     "", None),
    ("giá xăng", "VND/litre", "Giá xăng giảm 300 đồng/lít từ chiều nay.", "fuel_price", "xăng"),
    # a threshold of a regulation is not a project's investment
    ("tổng mức đầu tư", "VND", "Xã làm chủ đầu tư các dự án có tổng mức đầu tư dưới 3 tỷ đồng.",
     "", None),
    ("tổng mức đầu tư", "VND", "Cây cầu mới có tổng mức đầu tư 700 tỷ đồng.",
     "project_investment", None),
    # a percentage of experts or people is a share of them, not a price change
    ("giá vàng", "%", "Có 60% chuyên gia cho rằng giá vàng sẽ giảm tiếp.", "", None),
    ("giá vàng", "%", "Giá vàng đã tăng 7% kể từ đầu năm.", "gold_price", "vàng"),
    # the world gold price is no gold price index (the consumer price sub-index)
    ("chỉ số giá vàng thế giới", "%", "", "gold_price", None),
    ("chỉ số giá vàng cao", "%", "Giá vàng cao hơn 5% (+60 USD/ounce) so với đầu năm.", "", None),
    ("chỉ số giá vàng", "%", "Chỉ số giá vàng tháng này tăng 1,1%.", "gold_price_index", None),
    # riders of a bus are no tourists
    ("lượt khách", "visitor", "Mỗi chuyến buýt nhanh chở chừng 40 khách.", "", None),
    # a year or a road number read as a count; ranks of other countries in brackets
    ("số dự án sẽ khởi công", "project", "Theo lộ trình, năm 2020 dự án sẽ khởi công.", "", None),
    ("số dự án mở rộng", "project", "Đoạn Quốc lộ 5 dự án mở rộng đã xong mặt bằng.", "", None),
    ("số dự án", "project", "Năm nay thành phố cấp phép 40 dự án.", "investment_projects", None),
    ("xếp hạng GDP của Việt Nam", "rank",
     "Việt Nam xếp thứ 25, sau mức 2.900 tỷ USD của Pháp (vị trí 24).", "", None),
    ("xếp hạng GDP", "rank", "Quy mô GDP của Việt Nam xếp thứ 30 thế giới.", "gdp", None),
    # a percentage of the plan is no growth; the disbursement rate is such a percentage
    ("tốc độ tăng số hành khách", "%", "Xe buýt chở 300 triệu lượt, đạt 90% kế hoạch năm.", "",
     None),
    ("giải ngân vốn đầu tư công", "%", "Giải ngân vốn đầu tư công mới đạt 28% kế hoạch.",
     "disbursement_rate", None),
    ("tốc độ tăng trưởng GRDP", "%", "GRDP tăng 7,2%, thu ngân sách đạt 104% dự toán.",
     "grdp_growth", None),
    ("lợi nhuận từ trồng cam", "VND", "Mỗi năm cam cho lợi nhuận 150 triệu đồng/ha.", "", None),
    # gold converted at the bank's dollar rate is a gold price, not an exchange rate
    ("vàng thế giới quy đổi theo giá USD ngân hàng có giá", "VND/tael", "", "", None),
]


@pytest.mark.parametrize(("name", "unit", "expected"), CORPUS)
def test_concept_corpus(name: str, unit: str, expected: str) -> None:
    assert classify(name, unit)[0] == expected


@pytest.mark.parametrize(("name", "unit"), NEGATIVE)
def test_negative_corpus(name: str, unit: str) -> None:
    assert classify(name, unit) == (None, None)


@pytest.mark.parametrize(("name", "unit", "context", "concept", "item"), ITEMS)
def test_items_of_prices(name: str, unit: str, context: str, concept: str,
                         item: str | None) -> None:
    assert classify(name, unit, None, context) == (concept or None, item)


def test_growth_and_level_share_the_concept_unless_a_growth_variant_exists() -> None:
    # a level with its change, and the change reported as the figure: one concept
    assert classify("kim ngạch xuất khẩu", "USD", 12.5)[0] == "export_value"
    assert classify("kim ngạch xuất khẩu", "%", None)[0] == "export_value"
    # the taxonomy has grdp_growth: a rate stated as the figure goes there
    assert classify("GRDP", "VND", 8.1)[0] == "grdp"
    assert classify("tăng trưởng GRDP", "%", None)[0] == "grdp_growth"


def test_every_concept_has_enough_corpus_phrasings() -> None:
    counts: dict[str, int] = {}
    for _, _, concept in CORPUS:
        counts[concept] = counts.get(concept, 0) + 1
    main_concepts = ["grdp", "grdp_growth", "gdp", "gdp_growth", "export_value", "import_value",
                     "budget_revenue", "public_investment_disbursed", "fdi_registered_capital",
                     "fdi_projects", "investment_capital", "investment_projects", "retail_sales",
                     "iip", "cpi", "tourist_arrivals", "international_arrivals",
                     "tourism_revenue", "pci_score", "pci_rank", "new_enterprises",
                     "company_revenue", "company_profit", "commodity_price", "gold_price",
                     "fuel_price", "real_estate_price", "interest_rate", "tax_rate", "workers"]
    assert [c for c in main_concepts if counts.get(c, 0) < 3] == []
    # a concept the corpus does not try is one the cues may never reach
    assert {c.id for c in load_concepts()} - set(counts) == set()


def test_taxonomy_integrity() -> None:
    concepts = load_concepts()
    ids = [c.id for c in concepts]
    assert 60 <= len(ids) <= 120
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in ids)
    kinds = {"money", "price", "per_time", "percent", "rank", "point", "tonne", "ha", "measure",
             "count"}
    for c in concepts:
        assert c.label_vi and c.label_en and c.group and c.units, c.id
        assert c.measure in {"level", "growth", "rank", "score", "rate", "share", "index",
                             "price", "count"}, c.id
        assert not c.base or c.base in ids, c.id
        for u in c.units:
            assert u in kinds or re.fullmatch(r"[a-z]+", u), (c.id, u)
        assert not c.stat_code or re.fullmatch(r"T?\d{4}", c.stat_code), c.id
    for_codes = {c.id: c.stat_code for c in concepts if c.stat_code}
    assert for_codes == {"gdp": "0501", "grdp": "T0501", "grdp_structure": "T0502"}


def test_every_cue_concept_exists() -> None:
    ids = {c.id for c in load_concepts()}
    kinds = {"name", "modifier", "unit", "growth", "rank", "share", "block", "price", "item",
             "neutral", "stop", "fragment", "share_context", "share_noun", "plan_context", "number_label",
             "foreign_rank"}
    for r in rows("concept_cues.tsv"):
        cells = list(r) + ["", "", ""]
        phrase, kind, concept, target = cells[:4]
        assert phrase and kind in kinds, r
        if kind in {"name", "item", "modifier", "unit"}:
            assert concept in ids or (kind == "item" and concept == "-"), r
        if kind in {"modifier", "unit"}:
            assert target in ids or (kind == "modifier" and target == "-"), r


@pytest.mark.parametrize(("unit", "kind"), [
    ("VND", "money"), ("USD", "money"), ("KRW", "money"), ("%", "percent"), ("rank", "rank"),
    ("point", "point"), ("tonne", "tonne"), ("ha", "ha"), ("VND/kg", "price"),
    ("USD/ounce", "price"), ("VND/month", "per_time"), ("USD/year", "per_time"),
    ("kWh", "measure"), ("visitor", "visitor"),
    ("enterprise", "enterprise"), ("", ""), (None, ""),
])
def test_unit_kind(unit: str | None, kind: str) -> None:
    assert unit_kind(unit) == kind


def test_cli_concepts_json_and_table() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["concepts"])  # not a terminal: JSON
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {d["id"] for d in data} == {c.id for c in load_concepts()}
    grdp = next(d for d in data if d["id"] == "grdp")
    assert grdp["stat_code"] == "T0501" and "money" in grdp["units"]
    table = runner.invoke(main, ["concepts", "--format", "table", "--group", "indices"])
    assert table.exit_code == 0
    assert "pci_rank" in table.output and "export_value" not in table.output
