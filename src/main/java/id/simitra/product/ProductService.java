package id.simitra.product;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;
import id.simitra.platform.PageView;
import id.simitra.product.internal.Product;
import id.simitra.product.internal.ProductRepository;
import id.simitra.reference.KbliService;
import id.simitra.umkm.UmkmQuotas;

@Service
public class ProductService {

	static final int PAGE_SIZE = 20;

	private final ProductRepository products;

	private final KbliService kbli;

	private final UmkmQuotas quotas;

	ProductService(ProductRepository products, KbliService kbli, UmkmQuotas quotas) {
		this.products = products;
		this.kbli = kbli;
		this.quotas = quotas;
	}

	@Transactional(readOnly = true)
	public PageView<ProductView> listOf(Long umkmId, int page) {
		return PageView
			.of(products.findByUmkmIdOrderByNameAscIdAsc(umkmId, PageRequest.of(Math.max(page, 0), PAGE_SIZE))
				.map(this::toView));
	}

	/**
	 * The product, if it belongs to this UMKM: 404 when it does not exist, 403 when it is
	 * someone else's.
	 */
	@Transactional(readOnly = true)
	public ProductView getOwned(Long productId, Long umkmId) {
		return toView(owned(productId, umkmId));
	}

	@Transactional
	public ProductView create(Long umkmId, ProductData data) {
		quotas.productSlot(umkmId);
		Product p = new Product(umkmId, data);
		return toView(products.saveAndFlush(p));
	}

	@Transactional
	public ProductView update(Long productId, Long umkmId, ProductData data, @Nullable Long expectedVersion) {
		Product p = owned(productId, umkmId);
		if (expectedVersion != null && expectedVersion != p.getVersion()) {
			throw new ConflictException("Product changed since it was opened");
		}
		p.update(data);
		return toView(products.saveAndFlush(p));
	}

	@Transactional
	public void delete(Long productId, Long umkmId) {
		products.delete(owned(productId, umkmId));
	}

	private Product owned(Long productId, Long umkmId) {
		Product p = products.findById(productId).orElseThrow(() -> new NotFoundException("Product " + productId));
		if (!p.getUmkmId().equals(umkmId)) {
			throw new AccessDeniedException("Product " + productId + " belongs to another UMKM");
		}
		return p;
	}

	private ProductView toView(Product p) {
		return p.toView(kbli.label(p.getKbliCode()));
	}

}
