package id.simitra.offer.internal;

/**
 * The two parties of a conversation. Officers read conversations for supervision but are
 * neither.
 */
public enum ConversationSide {

	UMKM, COMPANY

}
