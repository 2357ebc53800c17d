package id.simitra.company;

/**
 * A new invitation: its secret {@code token} (the only copy; the database keeps a hash),
 * the path of its page, and whether it was e-mailed (false when no mail server is
 * configured: the admin then passes the link on).
 */
public record InvitationIssued(Long id, String email, String token, String path, boolean mailed) {
}
