package id.simitra.company;

/**
 * What a member may do for the company (issue 13). Both work on needs, offers,
 * conversations, partnerships and shortlists; only an admin manages the company profile
 * and its members.
 */
public enum CompanyRole {

	ADMIN, STAFF

}
