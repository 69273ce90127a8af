#pragma once

// Meisai's colours, each written once: style sheets, HTML in rich-text labels
// (build the markup around the translated text; no colour inside tr()) and
// QColor uses (QColor(Palette::danger)) all take them from here. The deep
// teal brand is one no issuer page uses, so the connector's own screens
// cannot be taken for an issuer's (§3.4(2)iii③).

#include <QLatin1StringView>

namespace meisai::ui::Palette {

using Colour = QLatin1StringView; // "#rrggbb"

// The connector's identity: the banner, the selected page, the first chart series.
inline constexpr Colour brand{"#0f4c5c"};
inline constexpr Colour onBrand{"#ffffff"};

// Surfaces and text.
inline constexpr Colour window{"#f5f7f8"};
inline constexpr Colour surface{"#ffffff"}; // cards, tables
inline constexpr Colour navigation{"#e8eef0"};
inline constexpr Colour text{"#1d2d35"};
inline constexpr Colour heading{"#12303a"};
inline constexpr Colour muted{"#53646b"}; // secondary text, the names in name/value tables
inline constexpr Colour border{"#d5dde0"};
inline constexpr Colour note{"#eef4f6"}; // the provenance line
inline constexpr Colour noteBorder{"#c9d8dd"};
inline constexpr Colour inactive{"#a0a0a4"}; // cancelled transactions, revoked connections

// Tables.
inline constexpr Colour alternateRow{"#f7fafb"};
inline constexpr Colour grid{"#e3e9eb"};
inline constexpr Colour selection{"#cfe3e8"};
inline constexpr Colour onSelection{"#0b1f26"};
inline constexpr Colour header{"#eef2f3"};
inline constexpr Colour onHeader{"#2b3f47"};

// States.
inline constexpr Colour success{"#1b6e3a"};  // checks passed, access granted
inline constexpr Colour danger{"#a4161a"};   // errors, refusals, Stop all connections
inline constexpr Colour dangerHover{"#fdecec"};
inline constexpr Colour critical{"#b00020"}; // critical alerts
inline constexpr Colour warning{"#b43c00"};  // needs attention: reconnect, a failed step in the log
inline constexpr Colour caution{"#8a5a00"};  // sandbox issuers in the link wizard
inline constexpr Colour focus{"#ffd166"};
inline constexpr Colour sandbox{"#f2a541"};  // the SANDBOX badge
inline constexpr Colour onSandbox{"#1f1f1f"};

// Problems in a form (Add an issuer…).
inline constexpr Colour invalidField{"#fffafa"};
inline constexpr Colour problem{"#fff6f5"};
inline constexpr Colour problemBorder{"#e4b4b0"};
inline constexpr Colour onProblem{"#5c1512"};

// Chart series, in order (one per issuer; repeats after the last).
inline constexpr Colour series[] = {brand, Colour{"#e36414"}, Colour{"#5f0f40"}, Colour{"#9a031e"},
                                    Colour{"#fb8b24"}};

} // namespace meisai::ui::Palette
