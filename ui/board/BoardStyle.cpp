#include "BoardStyle.h"

#include <QCoreApplication>
#include <QPalette>

namespace Kingside::BoardStyle {

namespace {
Scheme currentScheme = Scheme::Light;

bool dark()
{
    return currentScheme == Scheme::Dark;
}
} // namespace

Scheme scheme()
{
    return currentScheme;
}

void setScheme(Scheme scheme)
{
    currentScheme = scheme;
}

Scheme schemeFor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() <
                   palette.color(QPalette::WindowText).lightnessF()
               ? Scheme::Dark
               : Scheme::Light;
}

PaperScheme::PaperScheme() : m_saved(currentScheme)
{
    currentScheme = Scheme::Light;
}

PaperScheme::~PaperScheme()
{
    currentScheme = m_saved;
}

Freshness freshnessOf(const QDate &lastContact, const QDate &today, int freshnessDays)
{
    if (!lastContact.isValid())
        return Freshness::Never;
    const qint64 age = lastContact.daysTo(today);
    if (age <= freshnessDays)
        return Freshness::Fresh;
    if (age <= 2 * qint64(freshnessDays))
        return Freshness::Ageing;
    return Freshness::Cold;
}

QString displayName(Freshness freshness)
{
    switch (freshness) {
    case Freshness::Fresh:
        return QCoreApplication::translate("Kingside::BoardStyle", "fresh");
    case Freshness::Ageing:
        return QCoreApplication::translate("Kingside::BoardStyle", "ageing");
    case Freshness::Cold:
        return QCoreApplication::translate("Kingside::BoardStyle", "cold");
    case Freshness::Never:
        return QCoreApplication::translate("Kingside::BoardStyle", "never met");
    }
    return {};
}

QString strengthName(int strength)
{
    switch (strength) {
    case 1:
        return QCoreApplication::translate("Kingside::BoardStyle", "vendor");
    case 2:
        return QCoreApplication::translate("Kingside::BoardStyle", "credible source");
    case 3:
        return QCoreApplication::translate("Kingside::BoardStyle", "problem solver");
    case 4:
        return QCoreApplication::translate("Kingside::BoardStyle", "strategic contributor");
    case 5:
        return QCoreApplication::translate("Kingside::BoardStyle", "trusted advisor");
    }
    return {};
}

QColor attitudeFill(Attitude attitude)
{
    switch (attitude) {
    case Attitude::Champion:
        return QColor(0xFF, 0xFF, 0xFF);
    case Attitude::Supporter:
        return QColor(0xD2, 0xD2, 0xD2);
    case Attitude::Neutral:
        return QColor(0x9B, 0x9B, 0x9B);
    case Attitude::Sceptic:
        return QColor(0x5A, 0x5A, 0x5A);
    case Attitude::Opponent:
        return QColor(0x14, 0x14, 0x14);
    }
    return Qt::gray;
}

QColor attitudeInk(Attitude attitude)
{
    return attitude == Attitude::Opponent || attitude == Attitude::Sceptic
               ? QColor(0xF2, 0xF2, 0xF2)
               : QColor(0x1E, 0x1E, 0x1E);
}

QColor freshnessColour(Freshness freshness)
{
    switch (freshness) {
    case Freshness::Fresh:
        return QColor(0x1E, 0x8C, 0x4E);
    case Freshness::Ageing:
        return QColor(0xE0, 0x9B, 0x00);
    case Freshness::Cold:
        return QColor(0x3E, 0x6F, 0xB8);
    case Freshness::Never:
        return QColor(0x9A, 0x9A, 0x9A);
    }
    return Qt::gray;
}

Qt::PenStyle freshnessDash(Freshness freshness)
{
    switch (freshness) {
    case Freshness::Fresh:
        return Qt::SolidLine;
    case Freshness::Ageing:
        return Qt::DashLine;
    case Freshness::Cold:
        return Qt::DotLine;
    case Freshness::Never:
        return Qt::DashDotLine;
    }
    return Qt::SolidLine;
}

QColor kindColour(RelationshipKind kind)
{
    switch (kind) {
    case RelationshipKind::Working:
        return QColor(0x1E, 0x8C, 0x4E);
    case RelationshipKind::Reporting:
        return dark() ? QColor(0xA9, 0xBC, 0xD0) : QColor(0x3B, 0x4A, 0x5A);
    case RelationshipKind::Influence:
        return QColor(0x8E, 0x44, 0xAD);
    case RelationshipKind::Alliance:
        return QColor(0x13, 0x8D, 0x90);
    case RelationshipKind::Tension:
        return QColor(0xD0, 0x21, 0x2A);
    }
    return Qt::black;
}

qreal strengthWidth(int strength)
{
    return 0.8 + 1.1 * qBound(1, strength, 5);
}

// The dark scheme keeps the board's wood, in the evening: squares dark enough for light
// names (at least 4.5:1, WCAG's figure for text), a frame and walls that still stand out.
QColor lightSquare()
{
    return dark() ? QColor(0x5A, 0x50, 0x45) : QColor(0xF4, 0xEC, 0xDC);
}

QColor darkSquare()
{
    return dark() ? QColor(0x47, 0x3E, 0x34) : QColor(0xDE, 0xCB, 0xA9);
}

QColor over(const QColor &colour, const QColor &background)
{
    const qreal a = colour.alphaF();
    if (a >= 0.999)
        return colour;
    const auto mix = [a](int c, int b) { return qRound(c * a + b * (1 - a)); };
    return QColor(mix(colour.red(), background.red()), mix(colour.green(), background.green()),
                  mix(colour.blue(), background.blue()));
}

QColor tint(const QColor &colour)
{
    const qreal a = colour.alphaF();
    if (a >= 0.999)
        return colour;
    const QColor light = lightSquare();
    const QColor dark = darkSquare();
    const auto mix = [a](int c, int l, int d) { return qRound(c * a + (l + d) / 2.0 * (1 - a)); };
    return QColor(mix(colour.red(), light.red(), dark.red()),
                  mix(colour.green(), light.green(), dark.green()),
                  mix(colour.blue(), light.blue(), dark.blue()));
}

QColor boardEdge()
{
    return dark() ? QColor(0x8A, 0x6E, 0x4A) : QColor(0x6B, 0x4F, 0x2E);
}

QColor labelInk()
{
    return dark() ? QColor(0xE8, 0xDC, 0xC6) : QColor(0x4A, 0x3A, 0x26);
}

QColor wallColour()
{
    return dark() ? QColor(0xC4, 0x4A, 0x2A) : QColor(0x8B, 0x2E, 0x16);
}

QColor sceneBackground()
{
    return dark() ? QColor(0x26, 0x23, 0x1F) : QColor(0xFB, 0xF8, 0xF2);
}

QColor nameInk()
{
    return dark() ? QColor(0xF6, 0xF1, 0xE8) : QColor(0x1A, 0x1A, 0x1A);
}

QColor titleInk()
{
    return dark() ? QColor(0xDD, 0xD2, 0xC0) : QColor(0x55, 0x4A, 0x3C);
}

QColor hatchInk()
{
    return dark() ? QColor(0xE8, 0xDC, 0xC6, 60) : QColor(0x6B, 0x4F, 0x2E, 70);
}

QColor cardFill()
{
    return dark() ? QColor(0x35, 0x30, 0x2A) : QColor(0xFF, 0xFD, 0xF8);
}

QColor cardHover()
{
    return dark() ? QColor(0x2E, 0x3D, 0x52) : QColor(0xEE, 0xF4, 0xFE);
}

QColor cardBorder()
{
    return dark() ? QColor(0x8C, 0x7C, 0x64) : QColor(0xB8, 0xA8, 0x8C);
}

QColor veil()
{
    return dark() ? QColor(0x26, 0x23, 0x1F, 175) : QColor(0xFF, 0xFD, 0xF8, 175);
}

QColor competitorBadge()
{
    return QColor(0xE4, 0x57, 0x2E);
}

QColor selectionColour()
{
    return QColor(0x1F, 0x6F, 0xEB);
}

QColor teamRoleColour(TeamRole role)
{
    switch (role) {
    case TeamRole::AccountManager:
        return QColor(0x1F, 0x4E, 0x79);
    case TeamRole::ExecutiveSponsor:
        return QColor(0x6A, 0x3D, 0x9A);
    case TeamRole::Specialist:
        return QColor(0x2E, 0x7D, 0x6B);
    case TeamRole::Mentor:
        return QColor(0x8C, 0x6D, 0x1F);
    case TeamRole::Other:
        return QColor(0x5F, 0x6B, 0x73);
    }
    return Qt::darkGray;
}

QColor markColour(HighlightKind kind, int alpha)
{
    QColor colour;
    switch (kind) {
    case HighlightKind::Check:
        colour = QColor(0xC0, 0x10, 0x1A);
        break;
    case HighlightKind::SingleThreaded:
        colour = QColor(0xE6, 0x7E, 0x00);
        break;
    case HighlightKind::IntroductionPath:
        colour = QColor(0x1F, 0x6F, 0xEB);
        break;
    case HighlightKind::HiddenInfluencer:
        colour = QColor(0x7B, 0x2C, 0xBF);
        break;
    case HighlightKind::ChangedSinceReview:
        colour = QColor(0x00, 0x89, 0x7B);
        break;
    case HighlightKind::Search:
        colour = QColor(0xF2, 0xB7, 0x05);
        break;
    case HighlightKind::Answer:
        colour = QColor(0x0B, 0x4F, 0x9C);
        break;
    }
    colour.setAlpha(alpha);
    return colour;
}

} // namespace Kingside::BoardStyle
