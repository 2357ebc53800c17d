package id.simitra.account;

public enum Role {

	UMKM, COMPANY, OFFICER, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
