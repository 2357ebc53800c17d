package id.simitra.product.internal;

/**
 * An upload that is not stored; the message key tells the owner why, in their language.
 */
public class PhotoRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	PhotoRejectedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
