package id.simitra.product.internal;

/**
 * A product photo without its bytes; the picture itself is at {@code /foto/{id}}, its
 * thumbnail at {@code /foto/{id}/kecil}.
 */
public record PhotoView(Long id, Long productId, int position, int width, int height) {
}
