package id.simitra.product;

/** An upload that is not stored; the message key tells the owner why, in their language. */
class PhotoRejectedException extends RuntimeException {

	private final String messageKey;

	PhotoRejectedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}

}
