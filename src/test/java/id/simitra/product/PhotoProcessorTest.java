package id.simitra.product;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import id.simitra.product.internal.PhotoFormat;
import id.simitra.product.internal.PhotoProcessor;
import id.simitra.product.internal.PhotoRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoProcessorTest {

	@Test
	void largePngIsResizedTo1600AndGetsAThumbnailOfAtMost400KeepingItsFormat() {
		PhotoProcessor.ProcessedPhoto photo = PhotoProcessor.process(TestImages.png(2400, 1200));

		assertThat(photo.format()).isEqualTo(PhotoFormat.PNG);
		assertThat(photo.width()).isEqualTo(1600);
		assertThat(photo.height()).isEqualTo(800);
		BufferedImage image = TestImages.read(photo.image());
		assertThat(image.getWidth()).isEqualTo(1600);
		BufferedImage thumbnail = TestImages.read(photo.thumbnail());
		assertThat(thumbnail.getWidth()).isEqualTo(400);
		assertThat(thumbnail.getHeight()).isEqualTo(200);
		assertThat(PhotoFormat.sniff(photo.thumbnail())).isEqualTo(PhotoFormat.PNG);
	}

	@Test
	void smallJpegIsNotEnlarged() {
		PhotoProcessor.ProcessedPhoto photo = PhotoProcessor.process(TestImages.jpeg(300, 200));

		assertThat(photo.format()).isEqualTo(PhotoFormat.JPEG);
		assertThat(photo.width()).isEqualTo(300);
		assertThat(TestImages.read(photo.thumbnail()).getWidth()).isEqualTo(300);
		assertThat(PhotoFormat.sniff(photo.image())).isEqualTo(PhotoFormat.JPEG);
	}

	@Test
	void pictureTallerThanWideIsBoundedByItsLongSide() {
		PhotoProcessor.ProcessedPhoto photo = PhotoProcessor.process(TestImages.jpeg(900, 1800));

		assertThat(photo.height()).isEqualTo(1600);
		assertThat(photo.width()).isEqualTo(800);
		BufferedImage thumbnail = TestImages.read(photo.thumbnail());
		assertThat(thumbnail.getHeight()).isEqualTo(400);
	}

	@Test
	void anythingButJpegAndPngIsRefusedWhateverItIsCalled() {
		assertRejected("bukan gambar, hanya teks".getBytes(StandardCharsets.UTF_8), "photo.error.type");
		assertRejected(TestImages.gif(50, 50), "photo.error.type");
		assertRejected("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), "photo.error.type");
		assertRejected(new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0 }, "photo.error.type");
		assertRejected(new byte[0], "photo.error.empty");
	}

	@Test
	void fileThatOnlyStartsLikeAnImageIsRefused() {
		byte[] fake = "\u00FF\u00D8\u00FF\u00E0 bukan JPEG".getBytes(StandardCharsets.ISO_8859_1);
		assertRejected(fake, "photo.error.unreadable");
		byte[] truncated = TestImages.png(100, 100);
		byte[] half = java.util.Arrays.copyOf(truncated, 40);
		assertRejected(half, "photo.error.unreadable");
	}

	@Test
	void pictureWiderThan8000PixelsIsRefusedBeforeDecoding() {
		assertRejected(TestImages.png(12_001, 1), "photo.error.dimensions");
		assertRejected(TestImages.png(8_001, 1), "photo.error.dimensions");
		assertRejected(TestImages.png(1, 8_001), "photo.error.dimensions");
	}

	@Test
	void pictureOver40MegapixelsIsRefusedBeforeDecoding() {
		// 7,000 × 6,000 = 42 MP: both sides within the cap, the area not.
		assertRejected(pngHeader(7_000, 6_000), "photo.error.dimensions");
	}

	@Test
	void aCraftedHeaderClaiming11999PixelsASideIsRefusedFast() {
		// A few dozen bytes that announce 11,999 × 11,999 (144 MP): decoding such a claim
		// took ~13 s of CPU.
		long start = System.nanoTime();
		assertRejected(pngHeader(11_999, 11_999), "photo.error.dimensions");
		assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(1));
	}

	@Test
	void aPictureThatCannotGetADecodingSlotInTimeIsAskedToTryAgain() throws Exception {
		java.util.concurrent.Semaphore slots = PhotoProcessor.DECODING;
		int all = slots.availablePermits();
		slots.acquire(all);
		try {
			long start = System.nanoTime();
			assertRejected(TestImages.png(20, 20), "photo.error.busy");
			assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
				.isLessThan(PhotoProcessor.DECODING_WAIT.plusSeconds(2));
		}
		finally {
			slots.release(all);
		}
		assertThat(PhotoProcessor.process(TestImages.png(20, 20)).width()).isEqualTo(20);
	}

	@Test
	void fileOver5MegabytesIsRefused() {
		byte[] big = new byte[PhotoProcessor.MAX_BYTES + 1];
		System.arraycopy(TestImages.png(10, 10), 0, big, 0, 8);
		assertRejected(big, "photo.error.tooLarge");
	}

	@Test
	void metadataIsDroppedAndExifOrientationApplied() {
		// A 200×100 JPEG whose EXIF says "rotate 90° clockwise to view", plus a comment
		// that must not survive.
		byte[] jpeg = withSegments(TestImages.jpeg(200, 100), exifOrientation(6),
				comment("GPS 3.5952 98.6722 RAHASIA"));

		PhotoProcessor.ProcessedPhoto photo = PhotoProcessor.process(jpeg);

		assertThat(photo.width()).isEqualTo(100);
		assertThat(photo.height()).isEqualTo(200);
		String stored = new String(photo.image(), StandardCharsets.ISO_8859_1);
		assertThat(stored).doesNotContain("RAHASIA").doesNotContain("Exif");
		assertThat(new String(photo.thumbnail(), StandardCharsets.ISO_8859_1)).doesNotContain("RAHASIA");
	}

	/**
	 * A small PNG with a zTXt chunk that inflates to 200 MB of text (the tester's was 5
	 * GB in a 5 MB file): text chunks are never needed, so they are skipped unread.
	 * Measured by what this thread allocates, which does not depend on the machine's
	 * speed; inflating the text allocated more than 400 MB.
	 */
	@Test
	void aPngWithACompressedTextBombIsDecodedWithoutInflatingIt() {
		byte[] png = withPngChunkAfterHeader(TestImages.png(64, 64), "zTXt", textBomb(200 * 1024 * 1024));
		assertThat(png.length).isLessThan(PhotoProcessor.MAX_BYTES);

		long before = allocatedBytes();
		PhotoProcessor.ProcessedPhoto photo = PhotoProcessor.process(png);
		long allocated = allocatedBytes() - before;

		assertThat(photo.width()).isEqualTo(64);
		assertThat(allocated).as("bytes allocated while processing").isLessThan(50L * 1024 * 1024);

		// The same after the pixels (just before IEND), and as an ICC profile (iCCP is
		// compressed too).
		byte[] plain = TestImages.png(64, 64);
		byte[] trailing = withPngChunk(plain, plain.length - 12, "zTXt", textBomb(200 * 1024 * 1024));
		byte[] profile = withPngChunk(plain, 8 + 4 + 4 + 13 + 4, "iCCP", textBomb(200 * 1024 * 1024));
		for (byte[] bomb : new byte[][] { trailing, profile }) {
			long start = allocatedBytes();
			assertThat(PhotoProcessor.process(bomb).width()).isEqualTo(64);
			assertThat(allocatedBytes() - start).as("bytes allocated while processing").isLessThan(50L * 1024 * 1024);
		}
	}

	/**
	 * JPEG metadata is read (for the EXIF orientation), but nothing in a JPEG is
	 * compressed metadata: each APP segment holds at most 64 KB as it stands in the file,
	 * so 5 MB of them cost about their size. An ICC profile spread over APP2 segments is
	 * read too (also as large as it is in the file).
	 */
	@Test
	void aJpegFullOfApplicationSegmentsCostsAboutItsOwnSize() {
		byte[][] segments = new byte[70][];
		for (int i = 0; i < segments.length; i++) {
			segments[i] = segment(0xE1 + i % 14, 65_000);
		}
		byte[] jpeg = withSegments(TestImages.jpeg(64, 64), segments);
		assertThat(jpeg.length).isBetween(4_000_000, PhotoProcessor.MAX_BYTES);

		long before = allocatedBytes();
		PhotoProcessor.ProcessedPhoto photo = PhotoProcessor.process(jpeg);
		long allocated = allocatedBytes() - before;

		assertThat(photo.width()).isEqualTo(64);
		assertThat(allocated).as("bytes allocated while processing").isLessThan(60L * 1024 * 1024);
	}

	private static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
			.getThreadAllocatedBytes(Thread.currentThread().getId());
	}

	/**
	 * zTXt data: keyword "Comment", NUL, method 0, then deflated zeros (200 MB deflate to
	 * about 200 KB).
	 */
	private static byte[] textBomb(int inflatedSize) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("Comment".getBytes(StandardCharsets.US_ASCII));
		out.write(0);
		out.write(0);
		java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION);
		byte[] zeros = new byte[1024 * 1024];
		for (int i = 0; i < zeros.length; i++) {
			zeros[i] = 'a';
		}
		byte[] buffer = new byte[64 * 1024];
		for (int written = 0; written < inflatedSize; written += zeros.length) {
			deflater.setInput(zeros);
			while (!deflater.needsInput()) {
				out.write(buffer, 0, deflater.deflate(buffer));
			}
		}
		deflater.finish();
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

	/** The PNG with one more chunk (valid length and CRC) right after its IHDR. */
	private static byte[] withPngChunkAfterHeader(byte[] png, String type, byte[] data) {
		return withPngChunk(png, 8 + 4 + 4 + 13 + 4, type, data);
	}

	/**
	 * The PNG with one more chunk (valid length and CRC) inserted at the given chunk
	 * boundary.
	 */
	private static byte[] withPngChunk(byte[] png, int afterIhdr, String type, byte[] data) {
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(type.getBytes(StandardCharsets.US_ASCII));
		crc.update(data);
		java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + data.length);
		chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data).putInt((int) crc.getValue());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, afterIhdr);
		out.writeBytes(chunk.array());
		out.write(png, afterIhdr, png.length - afterIhdr);
		return out.toByteArray();
	}

	/** An APPn segment of the given marker filled with the given number of bytes. */
	private static byte[] segment(int marker, int size) {
		byte[] s = new byte[4 + size];
		s[0] = (byte) 0xFF;
		s[1] = (byte) marker;
		s[2] = (byte) ((size + 2) >> 8);
		s[3] = (byte) (size + 2);
		java.util.Arrays.fill(s, 4, s.length, (byte) 'x');
		return s;
	}

	/**
	 * A PNG signature and an IHDR chunk claiming the size (with a valid CRC), and no
	 * pixels.
	 */
	private static byte[] pngHeader(int width, int height) {
		java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
		ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height);
		ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(ihdr.array());
		java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4);
		png.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })
			.putInt(13)
			.put(ihdr.array())
			.putInt((int) crc.getValue());
		return png.array();
	}

	private static void assertRejected(byte[] data, String messageKey) {
		assertThatThrownBy(() -> PhotoProcessor.process(data)).isInstanceOf(PhotoRejectedException.class)
			.extracting(ex -> ((PhotoRejectedException) ex).messageKey())
			.isEqualTo(messageKey);
	}

	/**
	 * The JPEG with extra segments after its JFIF header (start-of-image, then APP0, must
	 * stay first).
	 */
	private static byte[] withSegments(byte[] jpeg, byte[]... segments) {
		int afterApp0 = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, afterApp0);
		for (byte[] s : segments) {
			out.writeBytes(s);
		}
		out.write(jpeg, afterApp0, jpeg.length - afterApp0);
		return out.toByteArray();
	}

	/**
	 * APP1 "Exif" with a big-endian TIFF holding one IFD entry: Orientation (0x0112) =
	 * value.
	 */
	private static byte[] exifOrientation(int value) {
		byte[] tiff = { 'M', 'M', 0, 42, 0, 0, 0, 8, // header, first IFD at offset 8
				0, 1, // one entry
				0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) value, 0, 0, // Orientation,
																		// SHORT, count 1,
																		// value
				0, 0, 0, 0 }; // no next IFD
		return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff));
	}

	private static byte[] comment(String text) {
		return segment(0xFE, text.getBytes(StandardCharsets.ISO_8859_1));
	}

	private static byte[] segment(int marker, byte[] payload) {
		int length = payload.length + 2;
		return concat(new byte[] { (byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length }, payload);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

}
