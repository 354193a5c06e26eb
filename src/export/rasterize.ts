/**
 * An SVG document drawn to a PNG of its own size, in the page: as an image from a blob: URL (the CSP allows blob:
 * images), onto a canvas kept in memory, so encoding needs no read back from the GPU. The SVG carries its fonts.
 */
export async function svgToPng(svg: string, size: { readonly width: number; readonly height: number }): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image(size.width, size.height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = size.width;
    canvas.height = size.height;
    const g = canvas.getContext("2d", { willReadFrequently: true });
    if (!g) throw new Error("no 2D canvas");
    g.fillStyle = "#ffffff";
    g.fillRect(0, 0, size.width, size.height);
    g.drawImage(image, 0, 0, size.width, size.height);
    return await new Promise<Blob>((done, fail) => {
      canvas.toBlob((blob) => {
        if (blob) done(blob);
        else fail(new Error("the canvas could not be encoded"));
      }, "image/png");
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
