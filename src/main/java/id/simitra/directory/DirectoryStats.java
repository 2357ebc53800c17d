package id.simitra.directory;

public record DirectoryStats(long umkm, long products, long regencies) {
}
