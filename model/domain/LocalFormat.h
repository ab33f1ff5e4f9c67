#pragma once

#include <QDate>
#include <QString>

// Dates and numbers as the interface language writes them (README "Translations"): the
// default QLocale, which Translations::install() sets to the chosen language.
namespace Kingside::LocalFormat {

// The format of a date shown in the window or on paper: YYYY-MM-DD in English (the form
// Kingside's fields and commands take), the locale's short date with a four-digit year in
// any other language ("04.12.2026" in German).
QString dateFormat();

// `date` in dateFormat(); empty for an invalid date.
QString date(const QDate &date);

// A figure with at most `decimals` decimals, dropped when the value is whole, in the locale's
// decimal mark and without group separators ("2.5" in English, "2,5" in German).
QString number(double value, int decimals = 1);

} // namespace Kingside::LocalFormat
