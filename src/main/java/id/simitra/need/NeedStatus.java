package id.simitra.need;

public enum NeedStatus {
	OPEN, CLOSED
}
