using System.Text;

namespace GeccPortal.Search.Querying;

/// <summary>
/// A rough key of how a word sounds, the same for an English word and the Thai letters people type for it
/// (<c>filing</c> and <c>ฟายลิ่ง</c> are both <c>FLG</c>): its consonants by class, vowels, r, h, w and y left out (Thai
/// writes them as vowels or not at all: สมาร์ท, คิว), a class repeated once (Thai doubles: เลิร์นนิ่ง). Rules, not a list:
/// a loanword no table has still finds the English word a letter writes.
/// </summary>
public static class SoundKey
{
    /// <summary>The key of a word of Thai letters, or null when it holds anything else.</summary>
    public static string? OfThai(string word)
    {
        var key = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c is < '\u0E01' or > '\u0E4E')
            {
                return null;
            }

            if (ThaiClass(c) is { } sound)
            {
                Append(key, sound);
            }
        }

        return key.ToString();
    }

    /// <summary>The key of a word of Latin letters (lower case), or null when it holds anything else.</summary>
    public static string? OfLatin(string word)
    {
        var key = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c is < 'a' or > 'z')
            {
                return null;
            }

            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            var after = i + 2 < word.Length ? word[i + 2] : '\0';
            switch (c)
            {
                case 'c' or 's' when next == 'h':
                    Append(key, 'C'); // ch, sh: ช
                    i++;
                    break;
                case 'p' when next == 'h':
                    Append(key, 'F');
                    i++;
                    break;
                case 'g' when next == 'h':
                    i++; // light: ไลท์
                    break;
                case 'n' when next == 'g':
                    Append(key, 'G'); // ง
                    i++;
                    break;
                case 't' or 's' when next == 'i' && after == 'o':
                    Append(key, 'C'); // -tion, -sion: ชัน
                    break;
                case 'c':
                    Append(key, next is 'e' or 'i' or 'y' ? 'S' : 'K');
                    break;
                case 'g':
                    Append(key, next is 'e' or 'i' ? 'C' : 'K'); // digital: ดิจิทัล
                    break;
                case 'x':
                    Append(key, 'K');
                    Append(key, 'S');
                    break;
                case 'v':
                    // Before a vowel Thai writes ว (service: เซอร์วิส), at a word's end ฟ (active: แอกทีฟ), and so
                    // before a silent e ending a stem: movement is มูฟเมนต์.
                    if (!IsLatinVowel(next) || (next == 'e' && after == '\0') || word.AsSpan(i + 1).StartsWith("ement", StringComparison.Ordinal))
                    {
                        Append(key, 'F');
                    }

                    break;
                default:
                    if (LatinClass(c) is { } sound)
                    {
                        Append(key, sound);
                    }

                    break;
            }
        }

        return key.ToString();
    }

    private static bool IsLatinVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static char? LatinClass(char c) => c switch
    {
        'b' or 'p' => 'P',
        'd' or 't' => 'T',
        'f' => 'F',
        'j' => 'C',
        'k' or 'q' => 'K',
        'l' => 'L',
        'm' => 'M',
        'n' => 'N',
        's' or 'z' => 'S',
        _ => null, // vowels, h, r, w, y
    };

    private static char? ThaiClass(char c) => c switch
    {
        'ก' or 'ข' or 'ฃ' or 'ค' or 'ฅ' or 'ฆ' => 'K',
        'ง' => 'G',
        'จ' or 'ฉ' or 'ช' or 'ฌ' => 'C',
        'ซ' or 'ศ' or 'ษ' or 'ส' => 'S',
        'ฎ' or 'ฏ' or 'ฐ' or 'ฑ' or 'ฒ' or 'ด' or 'ต' or 'ถ' or 'ท' or 'ธ' => 'T',
        'ณ' or 'น' => 'N',
        'บ' or 'ป' or 'ผ' or 'พ' or 'ภ' => 'P',
        'ฝ' or 'ฟ' => 'F',
        'ม' => 'M',
        'ล' or 'ฬ' => 'L',
        _ => null, // vowels, marks, อ, ห, ฮ, ร, ว, ย, ญ
    };

    private static void Append(StringBuilder key, char sound)
    {
        if (key.Length == 0 || key[^1] != sound)
        {
            key.Append(sound);
        }
    }
}
