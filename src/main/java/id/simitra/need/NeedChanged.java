package id.simitra.need;

/**
 * A need was posted or edited (its title may have changed). Published inside the
 * transaction that saves it, so a synchronous listener (matching's index of need
 * concepts) commits or rolls back together with the need.
 */
public record NeedChanged(Long needId, String title) {
}
