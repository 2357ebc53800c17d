package id.simitra.platform;

/**
 * One business reached one of its quotas (umkm/UmkmQuotas): the message key says which,
 * the limit goes into it. The forms show it next to what the person typed; anywhere else
 * ErrorAdvice sends them back with a message.
 */
public class QuotaExceededException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final long limit;

	public QuotaExceededException(String messageKey, long limit) {
		super(messageKey + " (limit " + limit + ")");
		this.messageKey = messageKey;
		this.limit = limit;
	}

	public String messageKey() {
		return messageKey;
	}

	public long limit() {
		return limit;
	}

}
