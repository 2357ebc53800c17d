package id.simitra.product.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.filters.ImageFilter;
import net.coobird.thumbnailator.util.exif.ExifFilterUtils;
import net.coobird.thumbnailator.util.exif.ExifUtils;
import net.coobird.thumbnailator.util.exif.Orientation;
import org.jspecify.annotations.Nullable;

/**
 * Turns an uploaded file into the stored photo and thumbnail, or refuses it. Only JPEG
 * and PNG, told by their first bytes and proven by decoding. Both outputs are re-encoded,
 * so nothing of the upload but its pixels survives: no EXIF (phones put GPS positions
 * there), no comments, no appended data.
 */
public final class PhotoProcessor {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/**
	 * Larger claims are refused from the header, before decoding: a tiny file can
	 * announce a gigantic picture, and decoding 11,999 × 11,999 took ~13 s of CPU. 8,000
	 * px a side and 40 megapixels are more than any phone camera (a 200 MP sensor aside;
	 * those save 12 MP by default).
	 */
	static final int MAX_SIDE = 8_000;

	static final long MAX_PIXELS = 40_000_000L;

	static final int IMAGE_SIDE = 1600;

	static final int THUMBNAIL_SIDE = 400;

	/**
	 * Pictures are decoded subsampled to at most this long side, so one upload never
	 * needs more than about 64 MB of pixels, whatever its size; the final resize to 1600
	 * px still has twice the pixels it needs.
	 */
	static final int DECODE_SIDE = 4000;

	private static final float JPEG_QUALITY = 0.85f;

	/**
	 * Decoding and resizing is the CPU- and memory-heavy part (up to ~64 MB of pixels
	 * each): at most one per core at a time, so a burst of uploads cannot starve the
	 * pages. An upload that gets no turn within DECODING_WAIT is asked to try again
	 * rather than kept waiting (and holding a request thread) indefinitely.
	 */
	public static final Semaphore DECODING = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));

	public static final Duration DECODING_WAIT = Duration.ofSeconds(3);

	private PhotoProcessor() {
	}

	public static ProcessedPhoto process(byte[] data) {
		if (data == null || data.length == 0) {
			throw new PhotoRejectedException("photo.error.empty");
		}
		if (data.length > MAX_BYTES) {
			throw new PhotoRejectedException("photo.error.tooLarge");
		}
		PhotoFormat format = PhotoFormat.sniff(data);
		if (format == null) {
			throw new PhotoRejectedException("photo.error.type");
		}
		if (!acquireDecodingSlot()) {
			throw new PhotoRejectedException("photo.error.busy");
		}
		try {
			return resize(decode(data, format), format);
		}
		finally {
			DECODING.release();
		}
	}

	private static boolean acquireDecodingSlot() {
		try {
			return DECODING.tryAcquire(DECODING_WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static ProcessedPhoto resize(Decoded decoded, PhotoFormat format) {
		try {
			var main = Thumbnails.of(decoded.image());
			main = longSide(decoded.image()) > IMAGE_SIDE ? main.size(IMAGE_SIDE, IMAGE_SIDE) : main.scale(1.0);
			if (decoded.orientation() != null) {
				main.addFilter(decoded.orientation());
			}
			BufferedImage image = main.asBufferedImage();
			byte[] thumbnail = encode(format, longSide(image) > THUMBNAIL_SIDE
					? Thumbnails.of(image).size(THUMBNAIL_SIDE, THUMBNAIL_SIDE) : Thumbnails.of(image).scale(1.0));
			return new ProcessedPhoto(format, image.getWidth(), image.getHeight(),
					encode(format, Thumbnails.of(image).scale(1.0)), thumbnail);
		}
		catch (IOException | RuntimeException ex) {
			throw new PhotoRejectedException("photo.error.unreadable");
		}
	}

	private static Decoded decode(byte[] data, PhotoFormat format) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + format);
		}
		ImageReader reader = readers.next();
		// In memory: ImageIO's default cache would write every upload to a temporary
		// file.
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
			// Metadata is read only for a JPEG's EXIF orientation. A PNG's is never
			// needed, and reading it inflates
			// every zTXt/iTXt/iCCP chunk: a 5 MB file held 5 GB of text. With
			// ignoreMetadata the JDK's PNG reader
			// skips every chunk before IDAT unread except the palette and transparency
			// ones the pixels need.
			// JPEG metadata is not compressed (each APP segment is at most 64 KB as
			// stored), so it costs about
			// the file's size, which is bounded (PhotoProcessorTest).
			reader.setInput(in, false, format != PhotoFormat.JPEG);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			if (width <= 0 || height <= 0) {
				throw new PhotoRejectedException("photo.error.unreadable");
			}
			if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
				throw new PhotoRejectedException("photo.error.dimensions");
			}
			ImageFilter orientation = format == PhotoFormat.JPEG ? orientation(reader) : null;
			ImageReadParam param = reader.getDefaultReadParam();
			int step = (Math.max(width, height) + DECODE_SIDE - 1) / DECODE_SIDE;
			if (step > 1) {
				param.setSourceSubsampling(step, step, 0, 0);
			}
			// The same decoding ImageIO.read does, with subsampling: a file that does not
			// decode is refused.
			BufferedImage image = reader.read(0, param);
			if (image == null) {
				throw new PhotoRejectedException("photo.error.unreadable");
			}
			return new Decoded(image, orientation);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PhotoRejectedException rejected) {
				throw rejected;
			}
			throw new PhotoRejectedException("photo.error.unreadable");
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * Phones store pictures sideways and say so in EXIF; the metadata goes, so the
	 * rotation is applied.
	 */
	private static @Nullable ImageFilter orientation(ImageReader reader) {
		try {
			Orientation o = ExifUtils.getExifOrientation(reader, 0);
			return o == null || o == Orientation.TOP_LEFT ? null : ExifFilterUtils.getFilterForOrientation(o);
		}
		catch (IOException | RuntimeException ex) {
			// Unreadable EXIF is no reason to refuse the picture itself.
			return null;
		}
	}

	private static byte[] encode(PhotoFormat format, Thumbnails.Builder<BufferedImage> builder) throws IOException {
		builder.outputFormat(format.writerName());
		if (format == PhotoFormat.JPEG) {
			builder.outputQuality(JPEG_QUALITY);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		builder.toOutputStream(out);
		return out.toByteArray();
	}

	private static int longSide(BufferedImage image) {
		return Math.max(image.getWidth(), image.getHeight());
	}

	private record Decoded(BufferedImage image, @Nullable ImageFilter orientation) {
	}

	// File bytes passed through once (upload, storage, response); never compared, hashed
	// or printed, so the
	// shallow equals/hashCode/toString the check warns about are never used.
	@SuppressWarnings("ArrayRecordComponent")
	public record ProcessedPhoto(PhotoFormat format, int width, int height, byte[] image, byte[] thumbnail) {
	}

}
