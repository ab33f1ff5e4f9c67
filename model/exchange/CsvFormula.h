#pragma once

#include <QString>

namespace Kingside {

// Keeps spreadsheets from running a name as a formula (CSV injection; README
// "Exports never overwrite the workspace, and are complete or absent"). A cell whose
// text starts with = + - @, a tab or a carriage return, after any number of
// apostrophes, gets one more apostrophe in front (the OWASP advice) and is quoted;
// Kingside's CSV readers take that one apostrophe off again, so the round trip is
// lossless: "=SUM(A1)" is written "'=SUM(A1)", "'=x" is written "''=x", and a cell such
// as "'hello" (no formula character after the apostrophes) is left alone both ways.
namespace CsvFormula {

// Whether `text` is a formula character after zero or more apostrophes.
bool looksLikeFormula(const QString &text);
// The text to write: an apostrophe in front when it looks like a formula.
QString neutralised(const QString &text);
// The text read back: the one apostrophe neutralised() added, taken off.
QString restored(const QString &cell);

} // namespace CsvFormula
} // namespace Kingside
