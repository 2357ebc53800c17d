package id.simitra.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyRole;
import id.simitra.company.CompanyService;
import id.simitra.company.CompanyTeamService;
import id.simitra.event.EventSeeding;
import id.simitra.need.NeedData;
import id.simitra.need.NeedService;
import id.simitra.offer.Invitations;
import id.simitra.partnership.PartnershipAction;
import id.simitra.partnership.PartnershipService;
import id.simitra.partnership.PartnershipStatus;
import id.simitra.partnership.ProposalData;
import id.simitra.product.ProductData;
import id.simitra.product.ProductService;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;
import id.simitra.umkm.CertificateData;
import id.simitra.umkm.CertificateService;
import id.simitra.umkm.CertificateStatus;
import id.simitra.umkm.CertificateTypeView;
import id.simitra.umkm.NewDocument;
import id.simitra.umkm.UmkmProfile;
import id.simitra.umkm.UmkmService;

/**
 * Fills an empty embedded database with North Sumatra demo data so the portal can be
 * tried at once. Everything goes through the services, so the data obeys the same rules
 * as data typed into the forms. Runs after {@code AdminBootstrap} and only while the
 * database has no accounts at all.
 */
@Component
@Profile("demo")
class DemoDataLoader {

	static final String ADMIN_EMAIL = "admin@simitra.test";

	static final String ADMIN_PASSWORD = "Admin12345";

	static final String OFFICER_EMAIL = "petugas@simitra.test";

	static final String OFFICER_PASSWORD = "Petugas12345";

	static final String OFFICER_NAME = "Rina Siregar (Diskop UKM Sumut)";

	/**
	 * A second officer of the same province: partnerships above the second-approval
	 * threshold need two (issue 16). Same password as the first.
	 */
	static final String SECOND_OFFICER_EMAIL = "petugas2@simitra.test";

	static final String SECOND_OFFICER_NAME = "Budi Nasution (Diskop UKM Sumut)";

	/** umkm01@simitra.test … umkm36@simitra.test, in the order of {@link #UMKM}. */
	static final String UMKM_EMAIL = "umkm%02d@simitra.test";

	static final String UMKM_PASSWORD = "Umkm12345";

	/**
	 * perusahaan1@simitra.test … perusahaan5@simitra.test, in the order of
	 * {@link #COMPANIES}.
	 */
	static final String COMPANY_EMAIL = "perusahaan%d@simitra.test";

	static final String COMPANY_PASSWORD = "Perusahaan12345";

	/**
	 * A second member of the first company (issue 13, company teams): staff who joined by
	 * invitation; same password as the companies.
	 */
	static final String COMPANY_STAFF_EMAIL = "perusahaan1-staf@simitra.test";

	static final String APPROVAL_REASON = "Dokumen lengkap, pola kemitraan sesuai";

	private static final Log log = LogFactory.getLog(DemoDataLoader.class);

	private static final String MEDAN = "12.71";

	private static final String DELI_SERDANG = "12.07";

	private static final String SIMALUNGUN = "12.08";

	private static final String KARO = "12.06";

	private static final String TOBA = "12.12";

	private static final String SAMOSIR = "12.17";

	private static final String HUMBAHAS = "12.16";

	private static final String TAPUT = "12.02";

	private static final String DAIRI = "12.11";

	private static final String LANGKAT = "12.05";

	private static final String ASAHAN = "12.09";

	private static final String SERGAI = "12.18";

	private static final String BATU_BARA = "12.19";

	private static final String SIBOLGA = "12.73";

	private static final String TAPTENG = "12.01";

	private static final String MADINA = "12.13";

	private static final String SIANTAR = "12.72";

	private static final String BINJAI = "12.75";

	private static final String TEBING_TINGGI = "12.76";

	private static final String TANJUNGBALAI = "12.74";

	private static final String NIAS = "12.04";

	private static final String GUNUNGSITOLI = "12.78";

	private static final String LABUHANBATU = "12.10";

	private static final List<DemoUmkm> UMKM = List.of(
			// 01
			umkm("Kopi Sidikalang Namora", "Rosmawati br Tumanggor", "9120104738261", DAIRI,
					"Jl. Sisingamangaraja No. 57, Kecamatan Sidikalang", "0813-6274-5518", 350_000_000L, 780_000_000L,
					List.of("10761", "01270"),
					"Pengolahan kopi robusta dan arabika Sidikalang dari kebun keluarga dan petani di Sumbul dan "
							+ "Parbuluan. Sangrai medium sampai dark, dikemas kedap udara.",
					product("Kopi Robusta Sidikalang Bubuk", "10761", Unit.KG, 800, 5, 95_000, 120_000,
							"Kopi robusta Sidikalang giling halus, kemasan 250 g dan 1 kg."),
					product("Kopi Arabika Sidikalang Sangrai", "10761", Unit.KG, 500, 10, 160_000, 190_000,
							"Biji kopi arabika sangrai profil medium, cocok untuk kedai kopi dan ekspor."),
					product("Biji Kopi Hijau Robusta Sidikalang", "01270", Unit.KG, 3_000, 500, 42_000, 48_000,
							"Green bean robusta petik merah, kadar air 12%, dikemas karung goni 60 kg.")),
			// 02
			umkm("UD Kopi Lintong Nihuta", "Hotman Sihombing", "9120203817465", HUMBAHAS,
					"Jl. Siborongborong–Doloksanggul Km 12, Kecamatan Lintong Nihuta", "0812-6055-3190", 1_800_000_000L,
					4_200_000_000L, List.of("10761", "01270"),
					"Pengepul dan pengolah kopi arabika Lintong dari lebih dari 120 petani. Memiliki pulper, huller "
							+ "dan mesin sangrai 15 kg.",
					product("Biji Kopi Hijau Arabika Lintong", "01270", Unit.KG, 8_000, 500, 85_000, 110_000,
							"Green bean arabika Lintong grade 1, giling basah, kadar air 12–13%."),
					product("Kopi Arabika Lintong Sangrai", "10761", Unit.KG, 1_200, 20, 170_000, 220_000,
							"Biji kopi arabika sangrai untuk ekspor dan kedai kopi, profil medium."),
					product("Kopi Arabika Lintong Bubuk Kemasan", "10761", Unit.KG, 300, 5, 180_000, 230_000,
							"Kopi bubuk kemasan 200 g dengan katup satu arah.")),
			// 03
			umkm("Kopi Mandailing Sorik Marapi", "Fitriani Lubis", "9120305562918", MADINA,
					"Jl. Willem Iskandar No. 21, Kecamatan Panyabungan", "0852-6173-4408", 420_000_000L, 950_000_000L,
					List.of("10761"),
					"Kopi arabika Mandailing dari lereng Gunung Sorik Marapi, diolah full wash dan natural.",
					product("Kopi Arabika Mandailing Sangrai", "10761", Unit.KG, 600, 10, 175_000, 210_000,
							"Biji kopi arabika sangrai Mandailing dengan rasa rempah dan cokelat."),
					product("Kopi Arabika Mandailing Natural", "10761", Unit.KG, 150, 5, 220_000, 260_000,
							"Proses natural, sangrai light untuk seduh manual.")),
			// 04
			umkm("Kelompok Tani Kopi Huta Ginjang", "Marudut Simanjuntak", null, TAPUT,
					"Desa Pohan Tonga, Kecamatan Siborongborong", "0821-6688-2051", 120_000_000L, 380_000_000L,
					List.of("01270"),
					"Kelompok tani kopi arabika Sigarar Utang di dataran tinggi Siborongborong, 45 hektare kebun "
							+ "anggota.",
					product("Biji Kopi Hijau Arabika Siborongborong", "01270", Unit.KG, 6_000, 500, 80_000, 95_000,
							"Green bean arabika Sigarar Utang, giling basah, sortasi manual."),
					product("Kopi Gelondong Merah Arabika", "01270", Unit.KG, 15_000, 1_000, 12_000, 15_000,
							"Buah kopi arabika petik merah untuk pengolah dan eksportir.")),
			// 05
			umkm("Kopi Simalungun Sipiso", "Ester Saragih", "9120407741036", SIMALUNGUN,
					"Jl. Sutomo No. 8, Pamatang Raya, Kecamatan Raya", "0813-7020-6614", 600_000_000L, 1_400_000_000L,
					List.of("10761"),
					"Roastery kopi arabika Simalungun dari kebun Raya dan Purba, memasok kedai kopi di "
							+ "Pematangsiantar dan Medan.",
					product("Kopi Arabika Simalungun Sangrai", "10761", Unit.KG, 700, 10, 165_000, 200_000,
							"Biji kopi arabika sangrai medium-dark, siap ekspor dan kedai kopi."),
					product("Kopi Arabika Simalungun Bubuk", "10761", Unit.KG, 250, 5, 150_000, 185_000,
							"Kopi bubuk arabika kemasan 250 g."),
					product("Jasa Sangrai Kopi (Maklon)", "10761", Unit.KG, 1_000, 50, 25_000, 35_000,
							"Sangrai biji kopi milik pelanggan dengan mesin 15 kg, profil sesuai pesanan.")),
			// 06
			umkm("Keripik Balado Mak Ijah", "Siti Khadijah", null, MEDAN,
					"Jl. Bromo Gg. Sepakat No. 14, Kecamatan Medan Denai", "0812-6431-0927", 75_000_000L, 240_000_000L,
					List.of("10794"),
					"Keripik singkong balado rumahan sejak 2011, dijual di Pasar Petisah dan toko oleh-oleh Medan.",
					product("Keripik Singkong Balado", "10794", Unit.KG, 300, 10, 60_000, 75_000,
							"Keripik singkong iris tipis dengan bumbu balado cabai merah, kemasan 250 g."),
					product("Keripik Pisang Manis", "10794", Unit.KG, 150, 10, 55_000, 65_000,
							"Keripik pisang kepok dengan gula aren.")),
			// 07
			umkm("Keripik Ubi Sri Rezeki", "Sri Wahyuni", "9120509936512", DELI_SERDANG,
					"Jl. Lintas Sumatera, Desa Bangun Sari, Kecamatan Tanjung Morawa", "0821-6590-7743", 280_000_000L,
					860_000_000L, List.of("10794"),
					"Produsen keripik singkong pedas manis dan keripik tempe dengan PIRT dan sertifikat halal, "
							+ "sudah memasok toko oleh-oleh di Medan.",
					product("Keripik Singkong Pedas Manis", "10794", Unit.KG, 600, 20, 48_000, 58_000,
							"Keripik singkong pedas manis kemasan 200 g siap rak swalayan, PIRT dan halal."),
					product("Keripik Singkong Original", "10794", Unit.KG, 400, 20, 40_000, 50_000,
							"Keripik singkong asin gurih tanpa pengawet."),
					product("Keripik Tempe Sagu", "10794", Unit.KG, 200, 10, 70_000, 80_000,
							"Keripik tempe tipis renyah, kemasan 150 g.")),
			// 08
			umkm("Konveksi Tebing Jaya", "Nurhayati Harahap", null, TEBING_TINGGI,
					"Jl. Sudirman No. 112, Kecamatan Padang Hulu", "0852-7055-1862", 150_000_000L, 520_000_000L,
					List.of("14111", "14120"),
					"Penjahit dan konveksi seragam kerja, seragam sekolah dan kemeja PDH dengan 14 mesin jahit.",
					product("Seragam Kerja Lapangan", "14111", Unit.PCS, 1_200, 50, 95_000, 140_000,
							"Seragam kerja karyawan bahan drill, lengkap dengan bordir logo perusahaan."),
					product("Kemeja PDH", "14111", Unit.PCS, 600, 24, 110_000, 160_000,
							"Kemeja pakaian dinas harian, ukuran S sampai XXXL."),
					product("Jahit Pakaian Sesuai Pesanan", "14120", Unit.PCS, 200, 1, 75_000, 250_000,
							"Jahit kebaya, baju kurung dan kemeja sesuai ukuran.")),
			// 09
			umkm("UD Palet Kayu Binjai Jaya", "Darwin Sembiring", "9120601228847", BINJAI,
					"Jl. Soekarno-Hatta Km 18, Kecamatan Binjai Timur", "0813-6100-4927", 650_000_000L, 1_700_000_000L,
					List.of("16230"),
					"Pembuatan palet kayu dan peti kayu untuk gudang dan pabrik di Binjai, Medan dan Deli Serdang. "
							+ "Kayu dapat difumigasi sesuai ISPM 15.",
					product("Palet Kayu Standar 120x100", "16230", Unit.PCS, 1_500, 50, 85_000, 130_000,
							"Palet kayu untuk gudang, beban hingga 1 ton, kayu mahoni dan campuran."),
					product("Peti Kayu Kemasan Mesin", "16230", Unit.PCS, 120, 5, 450_000, 1_500_000,
							"Peti kayu sesuai ukuran untuk pengiriman mesin dan barang pecah belah.")),
			// 10
			umkm("Kacang Tumbuk Horas Siantar", "Lina Damanik", "9120702650193", SIANTAR,
					"Jl. Merdeka No. 76, Kecamatan Siantar Barat", "0812-6377-8840", 210_000_000L, 690_000_000L,
					List.of("10793", "10710"),
					"Oleh-oleh khas Pematangsiantar: kacang tumbuk, ting-ting kacang dan roti ketawa.",
					product("Kacang Tumbuk Khas Siantar", "10793", Unit.KG, 400, 5, 70_000, 90_000,
							"Kacang tanah sangrai tumbuk dengan gula pasir, kemasan 250 g."),
					product("Ting-ting Kacang", "10793", Unit.KG, 200, 5, 60_000, 70_000,
							"Kacang tanah dengan gula merah, dipotong kotak, kemasan 250 g."),
					product("Roti Ketawa Wijen", "10710", Unit.KG, 150, 5, 50_000, 65_000,
							"Kue roti ketawa bertabur wijen, kemasan toples 500 g.")),
			// 11
			umkm("Bika Ambon Ibu Roslina", "Roslina Tarigan", "9120803314769", MEDAN,
					"Jl. Mojopahit No. 44, Kecamatan Medan Petisah", "0811-6502-3398", 1_500_000_000L, 5_500_000_000L,
					List.of("10710", "10792"),
					"Bika ambon dan bolu gulung khas Medan, dua gerai di Jl. Mojopahit dan Bandara Kualanamu.",
					product("Bika Ambon Pandan", "10792", Unit.PCS, 9_000, 10, 85_000, 110_000,
							"Bika ambon utuh per kotak (20 potong), rasa pandan, original dan durian."),
					product("Bolu Gulung Keju", "10710", Unit.PCS, 6_000, 10, 75_000, 95_000,
							"Bolu gulung isi keju atau srikaya, per kotak."),
					product("Kue Lapis Legit", "10710", Unit.PCS, 800, 2, 250_000, 350_000,
							"Lapis legit 20 x 20 cm dengan mentega wijsman.")),
			// 12: capital says mikro, sales say kecil
			umkm("UD Sibolga Bahari", "Ramli Pasaribu", "9120904427150", SIBOLGA,
					"Jl. Pelabuhan Sambas No. 9, Kecamatan Sibolga Sambas", "0813-6265-1174", 900_000_000L,
					2_600_000_000L, List.of("10211"),
					"Pengolah ikan asin teri dan jambal roti dari tangkapan nelayan Teluk Tapian Nauli, dijemur di "
							+ "para-para higienis.",
					product("Ikan Asin Teri Medan", "10211", Unit.KG, 2_000, 25, 140_000, 180_000,
							"Teri nasi kering kualitas ekspor, kadar garam rendah, kemasan vakum 250 g sampai 5 kg."),
					product("Ikan Asin Jambal Roti", "10211", Unit.KG, 800, 10, 120_000, 160_000,
							"Jambal roti ikan manyung, dikeringkan empat hari."),
					product("Ikan Asin Kepala Batu", "10211", Unit.KG, 1_000, 20, 60_000, 80_000,
							"Ikan asin kepala batu utuh, cocok untuk warung dan rumah makan.")),
			// 13
			umkm("Kelompok Pengolah Ikan Pandan Bahari", "Rosdiana Hutagalung", null, TAPTENG,
					"Jl. Sisingamangaraja Gg. Nelayan, Kecamatan Pandan", "0852-6123-9047", 60_000_000L, 310_000_000L,
					List.of("10211", "10219"),
					"Kelompok istri nelayan yang mengolah ikan asin belah dan abon ikan dari pendaratan ikan Pandan.",
					product("Ikan Asin Belah", "10211", Unit.KG, 500, 10, 45_000, 65_000,
							"Ikan asin belah dari nelayan lokal, dijemur matahari tanpa pengawet."),
					product("Abon Ikan Tongkol", "10219", Unit.KG, 100, 2, 150_000, 180_000,
							"Abon ikan tongkol pedas dan original, kemasan 100 g.")),
			// 14
			umkm("UD Ikan Asin Tanjung Tiram", "Syamsul Bahri", "9121005539284", BATU_BARA,
					"Jl. Pelabuhan Bagan No. 5, Kecamatan Tanjung Tiram", "0821-6744-3016", 480_000_000L,
					1_350_000_000L, List.of("10211", "10291"),
					"Pengolah ikan asin dan udang kering di sentra nelayan Tanjung Tiram, memasok pedagang di Medan "
							+ "dan Pekanbaru.",
					product("Ikan Asin Gembung", "10211", Unit.KG, 1_500, 25, 50_000, 65_000,
							"Ikan asin gembung kering dari nelayan lokal Batu Bara."),
					product("Ikan Asin Teri Medan Kering", "10211", Unit.KG, 700, 10, 130_000, 170_000,
							"Teri Medan kering tawar, sortir ukuran."),
					product("Udang Kering (Ebi)", "10291", Unit.KG, 300, 5, 180_000, 240_000,
							"Ebi udang laut kering tanpa pewarna.")),
			// 15
			umkm("Kerupuk Ikan Kerang Tanjungbalai", "Fatimah Siregar", "9121106642375", TANJUNGBALAI,
					"Jl. Teuku Umar No. 31, Kecamatan Teluk Nibung", "0813-7566-2091", 190_000_000L, 640_000_000L,
					List.of("10211", "10794"),
					"Kerupuk ikan tenggiri, kerupuk kerang dan ikan asin teri dari Tanjungbalai.",
					product("Kerupuk Ikan Tenggiri", "10794", Unit.KG, 500, 10, 65_000, 85_000,
							"Kerupuk ikan tenggiri mentah siap goreng, kemasan 500 g."),
					product("Kerupuk Kerang Mentah", "10794", Unit.KG, 300, 10, 55_000, 70_000,
							"Kerupuk kerang khas pesisir Asahan."),
					product("Ikan Asin Teri Tanjungbalai", "10211", Unit.KG, 400, 10, 120_000, 150_000,
							"Ikan asin teri dari nelayan lokal Tanjungbalai.")),
			// 16
			umkm("Keripik Ubi Warsini Sei Rampah", "Warsini", null, SERGAI,
					"Dusun IV Desa Firdaus, Kecamatan Sei Rampah", "0852-9701-4433", 55_000_000L, 190_000_000L,
					List.of("10794"), "Keripik ubi dan rengginang rumahan, singkong dari kebun sendiri.",
					product("Keripik Singkong Pedas", "10794", Unit.KG, 200, 5, 38_000, 48_000,
							"Keripik singkong pedas kemasan 500 g untuk warung dan swalayan."),
					product("Rengginang Pulut", "10794", Unit.KG, 120, 5, 45_000, 55_000,
							"Rengginang beras pulut mentah, rasa terasi dan original.")),
			// 17
			umkm("UD Terasi Pangkalan Susu", "Nurlela", null, LANGKAT,
					"Jl. Lintas Pangkalan Brandan, Kelurahan Beras Basah, Kecamatan Pangkalan Susu", "0813-6288-5720",
					90_000_000L, 420_000_000L, List.of("10211", "10295"),
					"Usaha keluarga pengolah terasi udang rebon dan ikan asin dari nelayan Pangkalan Susu.",
					product("Terasi Udang Rebon", "10295", Unit.KG, 600, 10, 55_000, 75_000,
							"Terasi udang rebon fermentasi tradisional, balok 250 g."),
					product("Ikan Asin Kepala Batu Langkat", "10211", Unit.KG, 500, 10, 55_000, 70_000,
							"Ikan asin kepala batu dari nelayan lokal Langkat.")),
			// 18: capital says mikro, sales say kecil
			umkm("Tani Sayur Gurusinga", "Sentosa Ginting", "9121207753406", KARO,
					"Desa Gurusinga, Kecamatan Berastagi", "0812-6511-2398", 450_000_000L, 2_300_000_000L,
					List.of("01131", "01134"),
					"Kelompok tani sayur dataran tinggi Karo, panen setiap minggu. Memasok Pasar Induk Lau Cih dan "
							+ "swalayan di Medan.",
					product("Kubis Segar Karo", "01131", Unit.KG, 20_000, 500, 3_500, 5_500,
							"Sayur kubis segar dari petani Karo, dipanen pagi dan dikirim hari itu juga."),
					product("Sawi Putih Segar", "01131", Unit.KG, 8_000, 200, 5_000, 8_000,
							"Sayur sawi putih segar dataran tinggi Karo."),
					product("Kentang Granola Karo", "01134", Unit.KG, 15_000, 500, 9_000, 12_000,
							"Kentang granola ukuran AB untuk industri dan swalayan.")),
			// 19
			umkm("UD Tani Tomat Simpang Empat", "Malem br Sembiring", null, KARO,
					"Desa Surbakti, Kecamatan Simpang Empat", "0821-6342-1190", 140_000_000L, 620_000_000L,
					List.of("01133", "01283"), "Petani tomat, buncis dan cabai di kaki Gunung Sinabung.",
					product("Tomat Segar Berastagi", "01133", Unit.KG, 10_000, 200, 6_000, 9_000,
							"Sayur tomat segar grade A dari petani Karo."),
					product("Cabai Merah Keriting", "01283", Unit.KG, 3_000, 50, 28_000, 55_000,
							"Cabai merah keriting segar, harga mengikuti musim."),
					product("Buncis Segar", "01133", Unit.KG, 4_000, 100, 7_000, 10_000,
							"Sayur buncis segar petik muda.")),
			// 20
			umkm("UD Minyak Kelapa Gido", "Fatolosa Telaumbanua", null, NIAS, "Desa Lahemo, Kecamatan Gido",
					"0852-6160-7725", 80_000_000L, 290_000_000L, List.of("10423", "10421"),
					"Minyak kelapa tradisional dan kopra dari kebun kelapa rakyat Nias.",
					product("Minyak Kelapa Tradisional", "10423", Unit.LITER, 1_500, 20, 28_000, 35_000,
							"Minyak kelapa dimasak tradisional, jerigen 5 dan 20 liter."),
					product("Kopra Putih", "10421", Unit.KG, 6_000, 500, 9_000, 12_000,
							"Kopra putih pengeringan oven, kadar air rendah.")),
			// 21
			umkm("Markisa Sinuan Karo", "Dewi Perangin-angin", "9121308864517", KARO,
					"Jl. Veteran No. 27, Kecamatan Kabanjahe", "0813-7012-5568", 380_000_000L, 1_100_000_000L,
					List.of("10723"), "Sirup markisa asli dari buah markisa ungu Karo, tanpa pewarna.",
					product("Sirup Markisa Karo", "10723", Unit.LITER, 2_500, 12, 45_000, 60_000,
							"Sirup markisa ungu botol 620 ml, kadar buah tinggi."),
					product("Sirup Terong Belanda", "10723", Unit.LITER, 800, 12, 50_000, 65_000,
							"Sirup terong belanda khas Berastagi, botol 620 ml.")),
			// 22
			umkm("Kelompok Tani Sawit Sejahtera Bilah", "Sukardi", null, LABUHANBATU,
					"Dusun Sidomulyo, Kecamatan Bilah Hulu", "0812-6099-3315", 250_000_000L, 1_650_000_000L,
					List.of("01262"),
					"Kelompok 38 pekebun sawit swadaya seluas 96 hektare dengan bibit bersertifikat, siap bermitra "
							+ "sebagai plasma.",
					product("Tandan Buah Segar (TBS) Sawit", "01262", Unit.TON, 180, 10, 2_300_000, 2_700_000,
							"TBS sawit dari kebun plasma swadaya, panen rotasi 10 hari."),
					product("Brondolan Sawit", "01262", Unit.TON, 10, 1, 2_000_000, 2_400_000,
							"Brondolan sawit bersih dari kebun anggota.")),
			// 23
			umkm("UD Sawit Rakyat Air Batu", "Pardamean Sitorus", "9121409975628", ASAHAN,
					"Jl. Besar Air Batu No. 17, Kecamatan Air Batu", "0813-6021-8857", 2_500_000_000L, 9_000_000_000L,
					List.of("01262", "46202"),
					"Pekebun dan pengumpul TBS sawit dengan empat truk dan ram di Air Batu, menampung hasil kebun "
							+ "rakyat Asahan.",
					product("Tandan Buah Segar (TBS) Sawit Asahan", "01262", Unit.TON, 900, 20, 2_250_000, 2_650_000,
							"TBS sawit matang panen dari kebun sendiri dan kebun rakyat."),
					product("TBS Sawit Kebun Rakyat (Ram)", "46202", Unit.TON, 1_500, 20, 2_200_000, 2_600_000,
							"Penampungan dan pengiriman TBS sawit kebun rakyat ke pabrik kelapa sawit.")),
			// 24
			umkm("Katering Dapur Bunda Rantau", "Yusnidar Ritonga", "9121510186739", LABUHANBATU,
					"Jl. Ahmad Yani No. 58, Kecamatan Rantau Utara", "0852-7021-6643", 320_000_000L, 1_150_000_000L,
					List.of("56290", "56210"),
					"Katering harian untuk kantor, kebun dan sekolah di Rantauprapat, dapur bersertifikat laik "
							+ "higiene.",
					product("Katering Makan Siang Karyawan", "56290", Unit.PORSI, 4_000, 50, 22_000, 30_000,
							"Menu harian berganti: nasi, lauk, sayur dan buah, diantar ke lokasi kebun."),
					product("Jasa Katering Nasi Kotak", "56210", Unit.PORSI, 1_500, 30, 25_000, 40_000,
							"Nasi kotak untuk rapat dan acara.")),
			// 25: menengah
			umkm("CV Katering Berkah Sinar Mandiri", "Agus Salim Lubis", "9121611297840", MEDAN,
					"Jl. Kapten Muslim No. 203, Kecamatan Medan Helvetia", "0811-6088-4421", 6_500_000_000L,
					24_000_000_000L, List.of("56290", "56210"),
					"Jasa boga industri untuk pabrik, rumah sakit dan proyek di Medan dan Deli Serdang, dapur "
							+ "terpusat dengan ahli gizi.",
					product("Katering Makan Siang Karyawan Pabrik", "56290", Unit.PORSI, 250_000, 500, 20_000, 32_000,
							"Makan siang karyawan dengan siklus menu 14 hari, diantar dalam ompreng tertutup."),
					product("Jasa Katering Nasi Kotak", "56210", Unit.PORSI, 30_000, 50, 25_000, 45_000,
							"Nasi kotak untuk rapat, pelatihan dan acara perusahaan."),
					product("Katering Prasmanan Acara", "56210", Unit.PORSI, 10_000, 100, 45_000, 90_000,
							"Prasmanan pesta dan acara kantor, termasuk peralatan saji.")),
			// 26
			umkm("Dapur Mak Sum Katering", "Sumiati", "9121712308951", DELI_SERDANG,
					"Jl. Pancing Gg. Bersama No. 10, Kecamatan Percut Sei Tuan", "0821-6073-9182", 95_000_000L,
					480_000_000L, List.of("56290"),
					"Katering rumahan untuk karyawan pabrik di sekitar KIM dan Mabar, menu Jawa dan Melayu.",
					product("Katering Makan Siang Karyawan", "56290", Unit.PORSI, 1_500, 30, 18_000, 24_000,
							"Makan siang karyawan pabrik, menu rumahan berganti setiap hari."),
					product("Nasi Kotak Harian", "56290", Unit.PORSI, 800, 20, 20_000, 28_000,
							"Nasi kotak lauk ayam atau ikan untuk lembur dan rapat.")),
			// 27: menengah
			umkm("CV Maju Jaya Logam Belawan", "Robert Sitompul", "9121813419062", MEDAN,
					"Jl. Yos Sudarso Km 16, Kecamatan Medan Labuhan", "0813-6200-7719", 7_200_000_000L, 31_000_000_000L,
					List.of("46696", "38301"),
					"Pengumpul dan pengolah scrap besi, logam dan barang bekas industri dengan timbangan 60 ton dan "
							+ "alat potong; memasok pabrik peleburan baja.",
					product("Pengumpulan Scrap Besi dan Logam", "46696", Unit.TON, 900, 5, 4_500_000, 6_500_000,
							"Pengambilan scrap dan barang bekas logam langsung dari pabrik, dengan berita acara timbang."),
					product("Pemotongan dan Pemilahan Scrap", "38301", Unit.TON, 600, 10, 300_000, 500_000,
							"Jasa potong, pilah dan press scrap logam di lokasi pabrik."),
					product("Scrap Plastik dan Kardus Bekas", "46696", Unit.TON, 150, 1, 1_500_000, 3_000_000,
							"Pengumpulan barang bekas non logam: plastik, kardus dan drum.")),
			// 28
			umkm("Pengepul Barang Bekas Sinar Morawa", "Ponirin", null, DELI_SERDANG,
					"Jl. Titi Besi Gg. Sejahtera, Kecamatan Tanjung Morawa", "0852-6199-2280", 160_000_000L,
					900_000_000L, List.of("46696"),
					"Lapak barang bekas: besi tua, kardus, plastik dan drum bekas dari pabrik di Tanjung Morawa.",
					product("Pengumpulan Scrap Besi Tua", "46696", Unit.TON, 40, 1, 4_200_000, 5_800_000,
							"Besi tua dan scrap logam, dijemput dengan truk engkel."),
					product("Kardus dan Plastik Bekas", "46696", Unit.KG, 20_000, 100, 1_500, 3_500,
							"Barang bekas kardus dan plastik dari gudang dan pabrik.")),
			// 29
			umkm("CV Mebel Jati Sei Rotan", "Bambang Sutrisno", "9121914520173", DELI_SERDANG,
					"Jl. Medan–Batang Kuis No. 88, Desa Sei Rotan, Kecamatan Percut Sei Tuan", "0812-6400-1956",
					3_200_000_000L, 6_800_000_000L, List.of("31001", "16230"),
					"Bengkel mebel kayu dan palet dengan 35 tukang dan pengering kayu sendiri; memasok kantor, "
							+ "sekolah dan gudang pabrik.",
					product("Palet Kayu Gudang", "16230", Unit.PCS, 2_500, 100, 90_000, 150_000,
							"Palet kayu empat arah untuk gudang dan forklift, kayu kering oven."),
					product("Meja Kantor Kayu Jati", "31001", Unit.PCS, 150, 5, 1_800_000, 3_500_000,
							"Meja kantor kayu jati finishing melamin."),
					product("Lemari Arsip Kayu", "31001", Unit.PCS, 80, 2, 2_500_000, 4_000_000,
							"Lemari arsip empat pintu dengan kunci.")),
			// 30
			umkm("Penjahit Harefa Collection", "Martina Harefa", "9122015631284", GUNUNGSITOLI,
					"Jl. Sirao No. 19, Kecamatan Gunungsitoli", "0813-7033-4402", 110_000_000L, 350_000_000L,
					List.of("14120", "14111"),
					"Jahit seragam sekolah, seragam kantor dan busana adat Nias sesuai pesanan.",
					product("Seragam Kerja Kantor", "14111", Unit.PCS, 400, 20, 120_000, 175_000,
							"Seragam kerja kantor dan lapangan, bahan katun dan drill."),
					product("Jahit Busana Adat Nias", "14120", Unit.PCS, 40, 1, 350_000, 900_000,
							"Busana adat Nias untuk pesta dan tari, sesuai ukuran.")),
			// 31
			umkm("Sanggar Ukir Gorga Tomok", "Oloan Sidabutar", null, SAMOSIR,
					"Desa Tomok Parsaoran, Kecamatan Simanindo", "0812-6588-3017", 85_000_000L, 270_000_000L,
					List.of("16293", "32903"),
					"Pengrajin ukiran gorga Batak dan patung kayu di kawasan wisata Tomok, dengan warna tradisional "
							+ "merah, putih dan hitam.",
					product("Ukiran Gorga Batak Panel Dinding", "16293", Unit.PCS, 30, 1, 750_000, 4_500_000,
							"Panel ukiran gorga kayu ingul 60 x 120 cm untuk dekorasi lobi dan restoran."),
					product("Patung Sigale-gale Mini", "16293", Unit.PCS, 120, 5, 150_000, 400_000,
							"Patung kayu Sigale-gale tinggi 40 cm untuk suvenir."),
					product("Gantungan Kunci Kayu Gorga", "32903", Unit.PCS, 1_500, 50, 10_000, 20_000,
							"Suvenir gantungan kunci kayu bermotif gorga.")),
			// 32
			umkm("Tenun Ulos Boru Hutapea", "Tiurma br Hutapea", "9122116742395", TOBA,
					"Desa Lumban Silintong, Kecamatan Balige", "0813-6133-2047", 240_000_000L, 720_000_000L,
					List.of("13121"),
					"Kelompok 25 penenun ulos dengan alat tenun bukan mesin dan gedogan, pewarna alami dan benang "
							+ "sutra.",
					product("Kain Ulos Ragi Hotang", "13121", Unit.PCS, 60, 1, 850_000, 2_500_000,
							"Kain ulos ragi hotang tenun tangan untuk adat dan koleksi."),
					product("Selendang Ulos Suvenir", "13121", Unit.PCS, 400, 10, 85_000, 150_000,
							"Selendang ulos 30 x 150 cm dalam kotak suvenir, cocok untuk tamu hotel."),
					product("Kain Ulos Sadum", "13121", Unit.PCS, 80, 1, 450_000, 1_200_000,
							"Ulos sadum warna cerah untuk pesta.")),
			// 33
			umkm("Ulos Harungguan Tarutung", "Lamria br Lumbantobing", "9122217853406", TAPUT,
					"Jl. Balige No. 40, Kecamatan Tarutung", "0852-6227-8136", 520_000_000L, 1_600_000_000L,
					List.of("13121", "13122"), "Sentra tenun ulos Tarutung yang memasok butik di Medan dan Jakarta.",
					product("Kain Ulos Mangiring", "13121", Unit.PCS, 150, 2, 400_000, 950_000,
							"Kain ulos mangiring tenun ATBM."),
					product("Selendang Ulos Ragi Hotang", "13121", Unit.PCS, 300, 10, 120_000, 250_000,
							"Selendang ulos ragi hotang untuk suvenir dan seragam acara."),
					product("Kain Tenun Ikat Motif Batak", "13122", Unit.METER, 400, 5, 150_000, 280_000,
							"Kain tenun ikat motif Batak per meter untuk busana.")),
			// 34
			umkm("Tenun Lumban Suhi-suhi", "Resmi br Simbolon", null, SAMOSIR,
					"Desa Lumban Suhi-suhi Toruan, Kecamatan Pangururan", "0821-6570-0914", 45_000_000L, 160_000_000L,
					List.of("13121"), "Penenun ulos rumahan di kampung tenun Pangururan.",
					product("Kain Ulos Sibolang", "13121", Unit.PCS, 40, 1, 350_000, 800_000,
							"Ulos sibolang tenun gedogan, pewarna alami."),
					product("Selendang Ulos Tenun Tangan", "13121", Unit.PCS, 150, 5, 90_000, 175_000,
							"Selendang ulos kecil untuk suvenir.")),
			// 35: capital says kecil (the cars), sales say mikro
			umkm("CV Horas Toba Transport", "Parulian Napitupulu", "9122318964517", TOBA,
					"Jl. Sisingamangaraja No. 210, Kecamatan Balige", "0813-7000-6145", 4_500_000_000L, 1_600_000_000L,
					List.of("77100"),
					"Sewa mobil dengan sopir untuk wisata Danau Toba, 18 unit Innova, Hiace dan Avanza.",
					product("Sewa Mobil Innova dengan Sopir", "77100", Unit.HARI, 300, 1, 750_000, 950_000,
							"Sewa mobil termasuk sopir dan BBM untuk tamu hotel dan wisata."),
					product("Sewa Minibus Hiace 15 Kursi", "77100", Unit.HARI, 120, 1, 1_300_000, 1_700_000,
							"Minibus untuk rombongan, termasuk sopir.")),
			// 36
			umkm("Siantar Trans Rental", "Benny Damanik", "9122420075628", SIANTAR,
					"Jl. Sangnawaluh No. 53, Kecamatan Siantar Timur", "0812-6044-7791", 850_000_000L, 980_000_000L,
					List.of("77100"), "Rental mobil harian dan bulanan untuk perusahaan dan wisatawan ke Parapat.",
					product("Sewa Mobil Avanza Lepas Kunci", "77100", Unit.HARI, 250, 1, 350_000, 450_000,
							"Sewa mobil harian tanpa sopir, asuransi termasuk."),
					product("Sewa Mobil Operasional Bulanan", "77100", Unit.HARI, 600, 30, 300_000, 380_000,
							"Sewa mobil operasional perusahaan dengan kontrak bulanan, servis ditanggung.")));

	private static final List<DemoCompany> COMPANIES = List.of(
			// perusahaan1
			company("PT Swalayan Nusantara Medan", "Yenni Halim", "8120001357924",
					"Perdagangan eceran modern (swalayan dan minimarket)", MEDAN,
					"Jl. Gatot Subroto No. 288, Kecamatan Medan Sunggal",
					need("Keripik singkong untuk rak swalayan",
							"Pasokan keripik singkong (balado, pedas manis, original) kemasan 200–250 g berlabel PIRT "
									+ "dan halal untuk 40 gerai di Medan dan sekitarnya. Pengiriman dua kali sebulan ke "
									+ "gudang Medan Sunggal.",
							"10794", 500, Unit.KG, MEDAN, 45, PartnershipPattern.PERDAGANGAN_UMUM),
					need("Ikan asin dari nelayan lokal",
							"Ikan asin teri Medan, jambal roti dan ikan asin belah dari pengolah lokal Sumatera Utara, "
									+ "kadar garam rendah, dikemas vakum 250 g untuk rak produk daerah.",
							"10211", 300, Unit.KG, MEDAN, 60, PartnershipPattern.RANTAI_PASOK),
					need("Sayur segar dari petani Karo",
							"Kubis, sawi putih, tomat dan kentang segar dari petani dataran tinggi Karo, dikirim "
									+ "tiga kali seminggu ke pusat distribusi Medan.",
							"01131", 2, Unit.TON, MEDAN, 30, PartnershipPattern.RANTAI_PASOK)),
			// perusahaan2
			company("PT Agro Sawit Labuhan Lestari", "Ir. Mangapul Hutabarat", "8120002468035",
					"Perkebunan dan pengolahan kelapa sawit", LABUHANBATU,
					"Jl. Sisingamangaraja Km 5, Kecamatan Rantau Selatan",
					need("Tandan buah segar sawit dari kebun plasma",
							"Kemitraan inti-plasma dengan kelompok pekebun sawit swadaya di Labuhanbatu dan Asahan: "
									+ "pembinaan teknis, pupuk dan jaminan pembelian TBS sesuai harga penetapan Disbun.",
							"01262", 500, Unit.TON, LABUHANBATU, 90, PartnershipPattern.INTI_PLASMA),
					need("Katering makan siang karyawan kebun",
							"Makan siang untuk karyawan kebun dan pabrik kelapa sawit, diantar ke tiga afdeling, "
									+ "menu bergizi berganti setiap hari.",
							"56290", 3_000, Unit.PORSI, LABUHANBATU, 40, PartnershipPattern.PENYUMBERLUARAN),
					need("Seragam kerja karyawan kebun",
							"Seragam kerja lapangan bahan drill dengan bordir logo dan reflektor, ukuran campuran.",
							"14111", 1_500, Unit.PCS, LABUHANBATU, 75, PartnershipPattern.SUBKONTRAK)),
			// perusahaan3
			company("PT Danau Toba Hospitality", "Sarah Siahaan", "8120003579146", "Perhotelan dan pariwisata", TOBA,
					"Jl. Pagar Batu No. 1, Kecamatan Balige",
					need("Kain ulos untuk suvenir hotel",
							"Selendang ulos tenun tangan (ragi hotang, sadum, mangiring) dalam kotak suvenir untuk "
									+ "tamu VIP di hotel Balige dan Tuktuk.",
							"13121", 200, Unit.PCS, TOBA, 60, PartnershipPattern.RANTAI_PASOK),
					need("Sewa mobil operasional tamu hotel",
							"Sewa mobil dengan sopir untuk antar-jemput tamu dari Bandara Silangit dan wisata keliling "
									+ "Danau Toba.",
							"77100", 90, Unit.HARI, TOBA, 30, PartnershipPattern.PENYUMBERLUARAN),
					need("Ukiran gorga Batak untuk dekorasi lobi",
							"Panel ukiran gorga kayu dengan warna tradisional untuk lobi dan restoran hotel baru di "
									+ "Samosir.",
							"16293", 40, Unit.PCS, SAMOSIR, 120, PartnershipPattern.SUBKONTRAK)),
			// perusahaan4
			company("PT Kopi Sumatera Ekspor Utama", "Daniel Purba", "8120004680257", "Pengolahan dan ekspor kopi",
					SIMALUNGUN, "Jl. Medan Km 8, Kecamatan Siantar",
					need("Biji kopi arabika sangrai untuk ekspor",
							"Biji kopi arabika sangrai single origin Sumatera (Lintong, Sidikalang, Mandailing, "
									+ "Simalungun) dengan profil konsisten, cupping score minimal 82.",
							"10761", 2, Unit.TON, SIMALUNGUN, 90, PartnershipPattern.RANTAI_PASOK),
					need("Biji kopi hijau arabika dari kelompok tani",
							"Green bean arabika giling basah dari kelompok tani binaan, dengan pendampingan budidaya "
									+ "dan jaminan pembelian.",
							"01270", 10, Unit.TON, SIMALUNGUN, 120, PartnershipPattern.INTI_PLASMA)),
			// perusahaan5
			company("PT Mitra Industri Deli", "Hendra Wijaya", "8120005791368", "Industri makanan dan minuman kemasan",
					DELI_SERDANG, "Kawasan Industri Medan Star, Jl. Pelita Raya, Kecamatan Tanjung Morawa",
					need("Katering makan siang karyawan pabrik",
							"Makan siang untuk 150 karyawan shift pagi di pabrik KIM Star, diantar pukul 11.30, "
									+ "menu halal dengan siklus dua mingguan.",
							"56290", 3_000, Unit.PORSI, DELI_SERDANG, 35, PartnershipPattern.PENYUMBERLUARAN),
					need("Pengumpulan barang bekas dan scrap pabrik",
							"Pengambilan rutin scrap besi, drum, kardus dan plastik bekas dari area pabrik, lengkap "
									+ "dengan berita acara timbang.",
							"46696", 15, Unit.TON, DELI_SERDANG, 60, PartnershipPattern.PENYUMBERLUARAN),
					need("Palet kayu untuk gudang",
							"Palet kayu 120 x 100 cm untuk gudang barang jadi, kayu kering dan bebas jamur.", "16230",
							800, Unit.PCS, DELI_SERDANG, 50, PartnershipPattern.SUBKONTRAK)));

	/**
	 * One partnership per lifecycle stage; company and UMKM numbers match the demo e-mail
	 * addresses.
	 */
	private static final List<DemoProposal> PROPOSALS = List.of(
			new DemoProposal(4, 0, 1, PartnershipPattern.RANTAI_PASOK,
					"Pasokan biji kopi arabika sangrai Sidikalang 500 kg per bulan untuk ekspor", 1_050_000_000L, 14,
					12, PartnershipStatus.APPROVED, APPROVAL_REASON),
			new DemoProposal(1, 0, 7, PartnershipPattern.PERDAGANGAN_UMUM,
					"Penjualan keripik singkong pedas manis di 40 gerai swalayan, 300 kg per bulan", 180_000_000L, 21,
					12, PartnershipStatus.SUBMITTED, null),
			new DemoProposal(3, 0, 32, PartnershipPattern.RANTAI_PASOK,
					"Pengadaan 200 selendang ulos ragi hotang dalam kotak suvenir untuk tamu hotel", 26_000_000L, 30, 3,
					PartnershipStatus.PROPOSED, null),
			new DemoProposal(5, 0, 26, PartnershipPattern.PENYUMBERLUARAN,
					"Katering makan siang karyawan pabrik 3.000 porsi per bulan", 396_000_000L, 14, 6,
					PartnershipStatus.DECLINED,
					"Kapasitas dapur kami saat ini belum cukup untuk 3.000 porsi per bulan"),
			new DemoProposal(2, 0, 22, PartnershipPattern.INTI_PLASMA,
					"Pembelian TBS sawit kebun plasma 150 ton per bulan dengan pendampingan budidaya", 4_860_000_000L,
					-60, 24, PartnershipStatus.ACTIVE, APPROVAL_REASON),
			new DemoProposal(5, 2, 9, PartnershipPattern.SUBKONTRAK,
					"Pembuatan 800 palet kayu 120 x 100 cm untuk gudang barang jadi", 88_000_000L, -200, 4,
					PartnershipStatus.COMPLETED, APPROVAL_REASON),
			// Above the second-approval threshold, approved once by the demo officer: the
			// second demo officer gives the final approval (issue 16).
			new DemoProposal(2, 2, 8, PartnershipPattern.SUBKONTRAK,
					"Pembuatan 1.500 setel seragam kerja lapangan dengan bordir logo dan reflektor", 615_000_000L, 20,
					6, PartnershipStatus.FIRST_APPROVED, APPROVAL_REASON));

	/**
	 * Ratings of the completed demo partnership: the company's of the UMKM, and the
	 * UMKM's of the company.
	 */
	private static final int COMPANY_RATING = 5;

	private static final String COMPANY_RATING_COMMENT = "Palet dikirim tepat waktu dan sesuai ukuran; kayu kering.";

	private static final int UMKM_RATING = 4;

	private static final String UMKM_RATING_COMMENT = "Pembayaran lancar, jadwal pengambilan kadang berubah.";

	private final AccountService accounts;

	private final UmkmService umkms;

	private final ProductService products;

	private final CompanyService companies;

	private final NeedService needs;

	private final PartnershipService partnerships;

	private final CertificateService certificates;

	private final CompanyTeamService team;

	private final Clock clock;

	private final EventSeeding events;

	private final Invitations invitations;

	DemoDataLoader(AccountService accounts, UmkmService umkms, ProductService products, CompanyService companies,
			CompanyTeamService team, NeedService needs, PartnershipService partnerships,
			CertificateService certificates, Clock clock, EventSeeding events, Invitations invitations) {
		this.clock = clock;
		this.events = events;
		this.invitations = invitations;
		this.team = team;
		this.accounts = accounts;
		this.umkms = umkms;
		this.products = products;
		this.companies = companies;
		this.needs = needs;
		this.partnerships = partnerships;
		this.certificates = certificates;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	void load() {
		if (accounts.count() > 0) {
			return;
		}
		// The portal's today (simitra.clock.fixed for a demo), so deadlines and expiries
		// are relative to the demo's day.
		LocalDate today = LocalDate.now(clock);
		accounts.create(ADMIN_EMAIL, ADMIN_PASSWORD, "Administrator Simitra", Role.ADMIN);
		accounts.createOfficer(OFFICER_EMAIL, OFFICER_PASSWORD, OFFICER_NAME, "12");
		accounts.createOfficer(SECOND_OFFICER_EMAIL, OFFICER_PASSWORD, SECOND_OFFICER_NAME, "12");

		List<Long> umkmIds = new ArrayList<>();
		int productCount = 0;
		for (int i = 0; i < UMKM.size(); i++) {
			DemoUmkm u = UMKM.get(i);
			Long ownerId = accounts.create(umkmEmail(i + 1), UMKM_PASSWORD, u.ownerName(), Role.UMKM).id();
			Long umkmId = umkms
				.saveProfile(ownerId,
						new UmkmProfile(u.businessName(), u.ownerName(), u.nib(), u.kbliCodes(), u.regencyCode(),
								u.address(), u.phone(), u.description(), u.capital(), u.sales()),
						null)
				.id();
			umkmIds.add(umkmId);
			for (DemoProduct p : u.products()) {
				products.create(umkmId,
						new ProductData(p.name(), p.description(), p.kbliCode(), p.unit(),
								BigDecimal.valueOf(p.monthlyCapacity()), BigDecimal.valueOf(p.minimumOrder()),
								p.priceMin(), p.priceMax()));
				productCount++;
			}
		}

		List<List<Long>> needIds = new ArrayList<>();
		int needCount = 0;
		for (int i = 0; i < COMPANIES.size(); i++) {
			DemoCompany c = COMPANIES.get(i);
			Long ownerId = accounts
				.create(companyEmail(i + 1), COMPANY_PASSWORD, c.contactName() + " (" + c.name() + ")", Role.COMPANY)
				.id();
			Long companyId = companies
				.saveProfile(ownerId, new CompanyProfile(c.name(), c.nib(), c.sector(), c.regencyCode(), c.address()),
						null)
				.id();
			List<Long> ids = new ArrayList<>();
			for (DemoNeed n : c.needs()) {
				ids.add(needs
					.create(companyId,
							new NeedData(n.title(), n.description(), n.kbliCode(), BigDecimal.valueOf(n.quantity()),
									n.unit(), n.regencyCode(), today.plusDays(n.daysToDeadline()), n.pattern(),
									demoCertificates(n.kbliCode())))
					.id());
				needCount++;
			}
			needIds.add(ids);
		}
		// The first company is a team: its admin invited a staff buyer, who joined with a
		// new account (no mail is sent in the demo: no mail server).
		team.acceptAsNewAccount(
				team.invite(user(companyEmail(1)).accountId(), COMPANY_STAFF_EMAIL, CompanyRole.STAFF).token(),
				"Rina Siregar (" + COMPANIES.get(0).name() + ")", COMPANY_PASSWORD);

		SimitraUser officer = user(OFFICER_EMAIL);
		for (DemoProposal p : PROPOSALS) {
			SimitraUser companyUser = user(companyEmail(p.company()));
			SimitraUser umkmUser = user(umkmEmail(p.umkm()));
			LocalDate start = today.plusDays(p.startInDays());
			Long id = partnerships.propose(companyUser, needIds.get(p.company() - 1).get(p.needIndex()),
					umkmIds.get(p.umkm() - 1), new ProposalData(p.pattern(), p.object(), p.estimatedValue(), start,
							start.plusMonths(p.months()), true));
			if (p.outcome() == PartnershipStatus.PROPOSED) {
				continue;
			}
			boolean accept = p.outcome() != PartnershipStatus.DECLINED;
			partnerships.respond(umkmUser, id, accept, accept ? null : p.reason());
			if (!accept) {
				continue;
			}
			partnerships.uploadAgreement(companyUser, id,
					NewDocument
						.recognise("perjanjian-kemitraan-" + id + ".pdf", demoPdf("Perjanjian kemitraan", p.object()))
						.orElseThrow(),
					null);
			partnerships.perform(companyUser, id, PartnershipAction.SUBMIT, null, true, null);
			if (p.outcome() == PartnershipStatus.SUBMITTED) {
				continue;
			}
			PartnershipStatus decided = partnerships.decide(officer, id, p.outcome() != PartnershipStatus.REJECTED,
					p.reason());
			if (decided == PartnershipStatus.FIRST_APPROVED && p.outcome() != PartnershipStatus.FIRST_APPROVED) {
				// Above the second-approval threshold: the other demo officer approves
				// too.
				partnerships.decide(user(SECOND_OFFICER_EMAIL), id, true, p.reason());
			}
			if (p.outcome() == PartnershipStatus.APPROVED || p.outcome() == PartnershipStatus.REJECTED
					|| p.outcome() == PartnershipStatus.FIRST_APPROVED) {
				continue;
			}
			partnerships.perform(companyUser, id, PartnershipAction.ACTIVATE, null, false, null);
			if (p.outcome() == PartnershipStatus.COMPLETED) {
				partnerships.perform(companyUser, id, PartnershipAction.COMPLETE, null, false, null);
				partnerships.rate(companyUser, id, COMPANY_RATING, COMPANY_RATING_COMMENT);
				partnerships.rate(umkmUser, id, UMKM_RATING, UMKM_RATING_COMMENT);
			}
		}

		loadCertificates(umkmIds, officer, today);
		loadEvents(umkmIds, needIds, officer, today);

		log.info("Demo data loaded: " + accounts.count() + " accounts, " + umkmIds.size() + " UMKM, " + productCount
				+ " products, " + COMPANIES.size() + " companies, " + needCount + " needs, " + PROPOSALS.size()
				+ " partnerships. Log in as " + ADMIN_EMAIL + ", " + OFFICER_EMAIL + " (or " + SECOND_OFFICER_EMAIL
				+ "), umkm01@simitra.test or " + "perusahaan1@simitra.test");
	}

	/**
	 * Certificates for the first fifteen demo UMKM: most verified by the demo officer,
	 * one P-IRT that expired last month, one halal certificate waiting in the officers'
	 * queue, one NPWP rejected. Ten UMKM get their identity verified. Every certificate
	 * carries a small generated PDF so "Lihat dokumen" opens something.
	 */
	private void loadCertificates(List<Long> umkmIds, SimitraUser officer, LocalDate today) {
		CertificateStatus verified = CertificateStatus.VERIFIED;
		List<DemoCertificate> list = new ArrayList<>();
		for (int umkm : new int[] { 1, 2, 3, 5, 7, 9, 10, 11, 12, 14, 15 }) {
			list.add(new DemoCertificate(umkm, "NIB", Objects.requireNonNull(UMKM.get(umkm - 1).nib()),
					today.minusYears(2).minusDays(umkm * 11L), null, null, verified, null));
		}
		for (int umkm : new int[] { 1, 2, 5, 7, 10, 11, 12, 13, 14, 15 }) {
			// packaging, food type, regency (4 digits), sequence, expiry year: at least
			// 15 digits
			String pirt = "206" + UMKM.get(umkm - 1).regencyCode().replace(".", "") + "0100"
					+ String.format("%02d", umkm) + "29";
			list.add(new DemoCertificate(umkm, "PIRT", pirt, today.minusYears(1).minusDays(umkm * 7L),
					today.plusYears(4).minusDays(umkm * 7L), null, verified, null));
		}
		list.add(new DemoCertificate(6, "PIRT", "20612710100061921", today.minusYears(5).minusMonths(1),
				today.minusMonths(1), null, verified, null));
		for (int umkm : new int[] { 1, 2, 3, 11, 14 }) {
			list.add(new DemoCertificate(umkm, "HALAL", "ID1211000" + String.format("%02d", umkm) + "45230824",
					today.minusMonths(8 + umkm), today.plusYears(4).minusMonths(8 + umkm), null, verified, null));
		}
		list.add(new DemoCertificate(7, "HALAL", "ID12070000770231125", today.minusDays(20), today.plusYears(4), null,
				CertificateStatus.SUBMITTED, null));
		list.add(new DemoCertificate(1, "NPWP", "01.234.567.8-121.000", today.minusYears(6), null, null, verified,
				null));
		list.add(new DemoCertificate(2, "NPWP", "0912345678121000", today.minusYears(4), null, null, verified, null));
		list.add(new DemoCertificate(5, "NPWP", "02.345.678.9-122.000", today.minusYears(3), null, null, verified,
				null));
		list.add(new DemoCertificate(8, "NPWP", "1276014403780002", today.minusYears(2), null, null, verified, null));
		list.add(new DemoCertificate(9, "NPWP", "03.456.789.0-125.000", today.minusYears(5), null, null, verified,
				null));
		list.add(new DemoCertificate(10, "NPWP", "04.567.890.1-127.000", today.minusYears(1), null, null,
				CertificateStatus.REJECTED,
				"Foto kartu NPWP buram, nomornya tidak terbaca. Unggah pindaian yang lebih jelas."));
		list.add(new DemoCertificate(11, "NPWP", "05.678.901.2-121.000", today.minusYears(7), null, null, verified,
				null));
		list.add(new DemoCertificate(11, "BPOM", "MD224512001234", today.minusYears(2), today.plusYears(3), null,
				verified, null));
		list.add(new DemoCertificate(9, "ISO9001", "QMS/ID/2024/0412", today.minusYears(1), today.plusYears(2),
				"PT Sucofindo (Persero)", verified, null));
		list.add(new DemoCertificate(12, "HACCP", "HACCP-SBG-0127-2024", today.minusYears(1), today.plusYears(2),
				"PT Mutu Agung Lestari", verified, null));

		for (DemoCertificate c : list) {
			String issuer = c.issuer() != null ? c.issuer()
					: certificates.type(c.type()).map(CertificateTypeView::defaultIssuer).orElseThrow();
			NewDocument document = NewDocument
				.recognise(c.type().toLowerCase(Locale.ROOT) + "-" + c.number() + ".pdf",
						demoPdf(c.type() + " " + c.number(), UMKM.get(c.umkm() - 1).businessName()))
				.orElseThrow();
			Long id = certificates
				.create(umkmIds.get(c.umkm() - 1),
						new CertificateData(c.type(), c.number(), c.issuedOn(), c.expiresOn(), issuer, document))
				.id();
			if (c.outcome() != CertificateStatus.SUBMITTED) {
				certificates.decide(officer, id, c.outcome() == CertificateStatus.VERIFIED, c.reason(), null);
			}
		}
		int[] verifiedIdentities = { 1, 2, 3, 5, 7, 9, 10, 11, 12, 14 };
		for (int umkm : verifiedIdentities) {
			umkms.verifyIdentity(officer, umkmIds.get(umkm - 1));
		}
		log.info("Demo certificates loaded: " + list.size() + " certificates, " + verifiedIdentities.length
				+ " UMKM identities verified");
	}

	/**
	 * Two business-matching days (issue 14) in Medan: one three weeks ago, with held and
	 * missed meetings, both sides' outcomes, a partnership proposed from a meeting and an
	 * invitation to offer made from another; and one next month, open for registration.
	 * The upcoming one is created and published through the event set-up rules; the past
	 * one's rows are written as they stand after the day by {@code event.EventSeeding}
	 * (those rules refuse days in the past); outcomes, the invitation and the proposal go
	 * through the services, as a user would.
	 */
	private void loadEvents(List<Long> umkmIds, List<List<Long>> needIds, SimitraUser officer, LocalDate today) {
		long past = events.event(MEDAN, "Temu Bisnis UMKM Sumut Linkpreneur",
				"Pertemuan empat mata UMKM Sumatera Utara dengan pembeli dari ritel modern dan eksportir kopi.",
				"Santika Premiere Dyandra, Jl. Kapten Maulana Lubis No. 7, Medan", today.minusDays(21),
				today.minusDays(60), today.minusDays(25), 10, "CLOSED", officer.accountId());
		SimitraUser swalayan = user(companyEmail(1));
		SimitraUser kopi = user(companyEmail(4));
		long swalayanId = companies.findIdByMember(swalayan.accountId()).orElseThrow();
		long kopiId = companies.findIdByMember(kopi.accountId()).orElseThrow();
		events.register(past, swalayanId, null, swalayan.accountId());
		events.register(past, kopiId, null, kopi.accountId());
		for (int umkm : new int[] { 2, 3, 5, 6, 14, 16 }) {
			events.register(past, null, umkmIds.get(umkm - 1), user(umkmEmail(umkm)).accountId());
		}
		List<Long> slots = events.slots(past);
		long keripik = needIds.get(0).get(0);
		long ikanAsin = needIds.get(0).get(1);
		long kopiSangrai = needIds.get(3).get(0);
		long kopiHijau = needIds.get(3).get(1);
		long m1 = events.meeting(past, keripik, swalayanId, umkmIds.get(5), slots.get(0), 1, "PLANNED");
		long m2 = events.meeting(past, ikanAsin, swalayanId, umkmIds.get(13), slots.get(1), 1, "PLANNED");
		events.meeting(past, keripik, swalayanId, umkmIds.get(15), slots.get(2), 1, "NO_SHOW");
		long m4 = events.meeting(past, kopiHijau, kopiId, umkmIds.get(1), slots.get(0), 2, "PLANNED");
		long m5 = events.meeting(past, kopiHijau, kopiId, umkmIds.get(2), slots.get(1), 2, "PLANNED");
		events.meeting(past, kopiSangrai, kopiId, umkmIds.get(4), slots.get(2), 2, "NO_SHOW");

		events.outcome(swalayan, past, m1, "INTERESTED", "Minta contoh kemasan 250 g dan harga untuk 40 gerai.");
		events.outcome(user(umkmEmail(6)), past, m1, "INTERESTED", "Kirim contoh minggu depan.");
		events.outcome(swalayan, past, m2, "PROPOSE", "Ikan asin jambal roti cocok untuk rak produk daerah.");
		events.outcome(user(umkmEmail(14)), past, m2, "INTERESTED", null);
		events.outcome(kopi, past, m4, "INVITE_OFFER", "Minta penawaran 2 ton biji hijau grade 1.");
		events.outcome(user(umkmEmail(2)), past, m4, "INTERESTED", "Stok panen Maret cukup.");
		events.outcome(kopi, past, m5, "NOT_FIT", "Kadar air belum sesuai standar ekspor.");
		events.outcome(user(umkmEmail(3)), past, m5, "NOT_FIT", "Kami fokus ke pasar dalam negeri dulu.");
		LocalDate start = today.plusDays(30);
		partnerships.propose(swalayan, ikanAsin, umkmIds.get(13),
				new ProposalData(PartnershipPattern.PERDAGANGAN_UMUM,
						"Pasokan ikan asin jambal roti 800 bungkus per bulan untuk rak produk daerah", 96_000_000L,
						start, start.plusMonths(12), true),
				m2);
		invitations.invite(kopi.accountId(), kopiHijau, umkmIds.get(1), m4);

		events.upcoming(officer, DELI_SERDANG, "Temu Bisnis Pangan Olahan Deli Serdang",
				"Temu bisnis UMKM pangan olahan dengan swalayan, hotel dan katering perusahaan. Pendaftaran dibuka.",
				"Aula Kantor Bupati Deli Serdang, Jl. Negara No. 1, Lubuk Pakam", today.plusDays(30),
				today.minusDays(5), today.plusDays(20), 12);
		log.info("Demo events loaded: one past business-matching day with 6 meetings, one open for registration");
	}

	/**
	 * A one-page PDF 1.4 with a line of text; the byte offsets in its cross-reference
	 * table are exact.
	 */
	private static byte[] demoPdf(String title, String businessName) {
		String text = ("Dokumen contoh Simitra: " + title + " - " + businessName).replaceAll("[^\\x20-\\x7E]", "?")
			.replace("\\", "\\\\")
			.replace("(", "\\(")
			.replace(")", "\\)");
		String content = "BT /F1 12 Tf 56 780 Td (" + text + ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private record DemoCertificate(int umkm, String type, String number, LocalDate issuedOn,
			@Nullable LocalDate expiresOn, @Nullable String issuer, CertificateStatus outcome,
			@Nullable String reason) {
	}

	private SimitraUser user(String email) {
		return (SimitraUser) accounts.loadUserByUsername(email);
	}

	private static String umkmEmail(int number) {
		return String.format(UMKM_EMAIL, number);
	}

	private static String companyEmail(int number) {
		return String.format(COMPANY_EMAIL, number);
	}

	private static DemoUmkm umkm(String businessName, String ownerName, @Nullable String nib, String regencyCode,
			String address, String phone, long capital, long sales, List<String> kbliCodes, String description,
			DemoProduct... products) {
		return new DemoUmkm(businessName, ownerName, nib, regencyCode, address, phone, capital, sales, kbliCodes,
				description, List.of(products));
	}

	private static DemoProduct product(String name, String kbliCode, Unit unit, long monthlyCapacity, long minimumOrder,
			long priceMin, long priceMax, String description) {
		return new DemoProduct(name, description, kbliCode, unit, monthlyCapacity, minimumOrder, priceMin, priceMax);
	}

	private static DemoCompany company(String name, String contactName, String nib, String sector, String regencyCode,
			String address, DemoNeed... needs) {
		return new DemoCompany(name, contactName, nib, sector, regencyCode, address, List.of(needs));
	}

	private static DemoNeed need(String title, String description, String kbliCode, long quantity, Unit unit,
			String regencyCode, int daysToDeadline, PartnershipPattern pattern) {
		return new DemoNeed(title, description, kbliCode, quantity, unit, regencyCode, daysToDeadline, pattern);
	}

	private record DemoUmkm(String businessName, String ownerName, @Nullable String nib, String regencyCode,
			String address, String phone, long capital, long sales, List<String> kbliCodes, String description,
			List<DemoProduct> products) {
	}

	private record DemoProduct(String name, String description, String kbliCode, Unit unit, long monthlyCapacity,
			long minimumOrder, long priceMin, long priceMax) {
	}

	private record DemoCompany(String name, String contactName, String nib, String sector, String regencyCode,
			String address, List<DemoNeed> needs) {
	}

	private record DemoNeed(String title, String description, String kbliCode, long quantity, Unit unit,
			String regencyCode, int daysToDeadline, PartnershipPattern pattern) {
	}

	/**
	 * {@code needIndex} counts from 0 within the company's needs; {@code reason} goes
	 * with the UMKM's decline or the officer's decision; {@code startInDays} may be
	 * negative for partnerships already under way or done.
	 */
	private record DemoProposal(int company, int needIndex, int umkm, PartnershipPattern pattern, String object,
			long estimatedValue, int startInDays, int months, PartnershipStatus outcome, @Nullable String reason) {
	}

	/**
	 * Food needs ask for a food permit and prefer halal, as retail and hotel buyers do.
	 */
	private static Map<String, Boolean> demoCertificates(String kbliCode) {
		return kbliCode.startsWith("107") ? Map.of("PIRT", false, "HALAL", false) : Map.of();
	}

}
