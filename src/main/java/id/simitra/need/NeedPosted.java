package id.simitra.need;

/** A company posted a new supply-chain need (published after the need is saved). */
public record NeedPosted(Long needId, String title) {
}
