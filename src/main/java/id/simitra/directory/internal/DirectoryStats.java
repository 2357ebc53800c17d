package id.simitra.directory.internal;

public record DirectoryStats(long umkm, long products, long regencies) {
}
