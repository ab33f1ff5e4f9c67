#pragma once

#include "PageSetup.h"
#include "PrintContext.h"

#include "board/BoardRenderer.h"

#include <QString>

namespace Kingside {

// The board written to files for the user through the shared BoardRenderer: drawn in
// memory, then written by SaveFile (complete or, on any failure, the previous file
// untouched; mode 0600). An output OutputGuard refuses (the context's workspace, its
// companions and backups, a folder) is refused before anything is drawn.
namespace BoardExport {

// Vector PDF with embedded fonts, laid out by MapPrinter (one page or tiles).
bool writePdf(const PrintContext &context, const PageSetup &setup, const QString &path,
              QString *error);
// The picture as on screen: header, board, legend, confidential footer.
bool writeSvg(const PrintContext &context, const QString &path, QString *error);
// The same picture as a PNG at `dpi` (board units are 1/96 inch), resolution recorded.
bool writePng(const PrintContext &context, int dpi, const QString &path, QString *error);

// The renderer options for whole-picture exports (SVG, PNG).
BoardRenderOptions pictureOptions(const PrintContext &context);
// The picture's size in 1/96 inch.
QSizeF pictureSize(const PrintContext &context);

constexpr int DefaultPngDpi = 150;
constexpr qint64 MaxPngPixels = 300'000'000; // about 1.2 GB of ARGB32: refuse beyond

} // namespace BoardExport
} // namespace Kingside
