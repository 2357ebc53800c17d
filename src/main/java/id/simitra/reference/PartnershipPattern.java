package id.simitra.reference;

/**
 * The ten legal partnership patterns of PP 7/2021 article 106; every partnership carries
 * exactly one.
 */
public enum PartnershipPattern {

	INTI_PLASMA, SUBKONTRAK, WARALABA, PERDAGANGAN_UMUM, DISTRIBUSI_KEAGENAN, RANTAI_PASOK, BAGI_HASIL,
	KERJA_SAMA_OPERASIONAL, USAHA_PATUNGAN, PENYUMBERLUARAN;

	public String messageKey() {
		return "pattern." + name();
	}

}
