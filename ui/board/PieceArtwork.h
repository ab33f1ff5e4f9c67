#pragma once

#include "domain/Enums.h"

#include <QPainterPath>

namespace Kingside {

// Kingside's own chess-piece silhouettes as vector paths in a 100 × 100 box (base at
// the bottom), so they stay crisp at every zoom, in print and in SVG/PDF export.
namespace PieceArtwork {

const QPainterPath &path(Piece piece);
// Inner detail lines (collars, the bishop's slit, the knight's eye) drawn in the ink colour.
const QPainterPath &detail(Piece piece);

} // namespace PieceArtwork
} // namespace Kingside
