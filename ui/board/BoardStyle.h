#pragma once

#include "domain/Enums.h"

#include "BoardHighlight.h"

#include <QColor>
#include <QDate>
#include <QPen>

class QPalette;

namespace Kingside {

// How recently we spoke to someone, against the account's freshness window.
enum class Freshness
{
    Fresh,  // within the window
    Ageing, // up to twice the window
    Cold,   // longer ago
    Never,  // no contact recorded
};

// The board's visual vocabulary in one place: colours, pens and the rules that map data
// to them, shared by the screen, print and export, and explained by the legend.
namespace BoardStyle {

// The board on screen follows the window's light or dark palette (README "Desktop
// behaviour"); paper (print, PDF, SVG, PNG) is always light.
enum class Scheme
{
    Light,
    Dark,
};
Scheme scheme();
void setScheme(Scheme scheme);
// Dark when the palette's window is darker than its text (Qt 6.4 has no colour-scheme
// hint, so the palette itself tells).
Scheme schemeFor(const QPalette &palette);

// Paints on paper while it lives: the light scheme, whatever the screen shows.
class PaperScheme
{
public:
    PaperScheme();
    ~PaperScheme();
    PaperScheme(const PaperScheme &) = delete;
    PaperScheme &operator=(const PaperScheme &) = delete;

private:
    Scheme m_saved;
};

Freshness freshnessOf(const QDate &lastContact, const QDate &today, int freshnessDays);
QString displayName(Freshness freshness);

// Piece fill by attitude: white (champion) through greys to black (opponent); the five
// steps stay apart in greyscale print.
QColor attitudeFill(Attitude attitude);
// Outline and text drawn on a piece of this fill.
QColor attitudeInk(Attitude attitude);

QColor freshnessColour(Freshness freshness);
Qt::PenStyle freshnessDash(Freshness freshness); // so greyscale prints still tell them apart

QColor kindColour(RelationshipKind kind);
// Line width in board units for a strength of 1 … 5.
qreal strengthWidth(int strength);
// The words for a strength of 1 (vendor) … 5 (trusted advisor).
QString strengthName(int strength);

QColor lightSquare();
// A translucent colour as it shows over the board's squares, made opaque (opaque strokes
// draw several times faster).
QColor tint(const QColor &colour);
// A translucent colour as it shows over an opaque `background`, made opaque.
QColor over(const QColor &colour, const QColor &background);
QColor darkSquare();
QColor boardEdge();
QColor labelInk();
QColor wallColour();
QColor competitorBadge();
QColor selectionColour();
QColor teamRoleColour(TeamRole role);
// Around the board: the view's background, and the cards and ink drawn on it.
QColor sceneBackground();
QColor nameInk();  // a person's name under their piece, and on a team card
QColor titleInk(); // the job title under it
QColor hatchInk(); // whitespace hatching (translucent)
QColor cardFill(); // team cards, an opened square, the unplaced strip
QColor cardHover();
QColor cardBorder();
QColor veil(); // the translucent wash over what a hover leaves out
// The colour of a mark on the board, shared by the board and its legend.
QColor markColour(HighlightKind kind, int alpha = 255);

} // namespace BoardStyle
} // namespace Kingside
