package id.simitra.need.internal;

public enum NeedStatus {

	OPEN, CLOSED

}
