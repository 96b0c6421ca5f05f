// A small register of long-serving, widely reported office holders. Used only to fill a
// country the text leaves implicit ("President Vladimir Putin") and to merge spelling
// variants ("Sergei Lavrov"); titles and dates always come from the article itself.

export interface KnownOfficial {
  name: string;
  country: string | null;
  aliases?: string[];
}

export const KNOWN_OFFICIALS: KnownOfficial[] = [
  { name: 'Vladimir Putin', country: 'RU' },
  { name: 'Sergey Lavrov', country: 'RU', aliases: ['Sergei Lavrov'] },
  { name: 'Dmitry Peskov', country: 'RU', aliases: ['Dmitri Peskov'] },
  { name: 'Maria Zakharova', country: 'RU' },
  { name: 'Dmitry Medvedev', country: 'RU' },
  { name: 'Mikhail Mishustin', country: 'RU' },
  { name: 'Sergei Shoigu', country: 'RU', aliases: ['Sergey Shoigu'] },
  { name: 'Vassily Nebenzia', country: 'RU', aliases: ['Vasily Nebenzya'] },
  { name: 'Joe Biden', country: 'US' },
  { name: 'Donald Trump', country: 'US' },
  { name: 'Barack Obama', country: 'US' },
  { name: 'Kamala Harris', country: 'US' },
  { name: 'Antony Blinken', country: 'US' },
  { name: 'Marco Rubio', country: 'US' },
  { name: 'Mike Pompeo', country: 'US' },
  { name: 'John Kerry', country: 'US' },
  { name: 'Lloyd Austin', country: 'US' },
  { name: 'Pete Hegseth', country: 'US' },
  { name: 'Jake Sullivan', country: 'US' },
  { name: 'Xi Jinping', country: 'CN' },
  { name: 'Wang Yi', country: 'CN' },
  { name: 'Li Qiang', country: 'CN' },
  { name: 'Qin Gang', country: 'CN' },
  { name: 'Volodymyr Zelensky', country: 'UA', aliases: ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy'] },
  { name: 'Dmytro Kuleba', country: 'UA' },
  { name: 'Andrii Sybiha', country: 'UA' },
  { name: 'Recep Tayyip Erdoğan', country: 'TR', aliases: ['Recep Tayyip Erdogan'] },
  { name: 'Hakan Fidan', country: 'TR' },
  { name: 'Narendra Modi', country: 'IN' },
  { name: 'Subrahmanyam Jaishankar', country: 'IN', aliases: ['S. Jaishankar'] },
  { name: 'Emmanuel Macron', country: 'FR' },
  { name: 'Olaf Scholz', country: 'DE' },
  { name: 'Friedrich Merz', country: 'DE' },
  { name: 'Annalena Baerbock', country: 'DE' },
  { name: 'Rishi Sunak', country: 'GB' },
  { name: 'Keir Starmer', country: 'GB' },
  { name: 'Boris Johnson', country: 'GB' },
  { name: 'Theresa May', country: 'GB' },
  { name: 'David Lammy', country: 'GB' },
  { name: 'Benjamin Netanyahu', country: 'IL' },
  { name: 'Isaac Herzog', country: 'IL' },
  { name: 'Ali Khamenei', country: 'IR', aliases: ['Ayatollah Ali Khamenei'] },
  { name: 'Masoud Pezeshkian', country: 'IR' },
  { name: 'Ebrahim Raisi', country: 'IR' },
  { name: 'Hassan Rouhani', country: 'IR' },
  { name: 'Abbas Araghchi', country: 'IR' },
  { name: 'Mohammad Javad Zarif', country: 'IR' },
  { name: 'Mohammed bin Salman', country: 'SA' },
  { name: 'Faisal bin Farhan', country: 'SA' },
  { name: 'Abdel Fattah el-Sisi', country: 'EG', aliases: ['Abdel Fattah al-Sisi'] },
  { name: 'Tamim bin Hamad Al Thani', country: 'QA' },
  { name: 'Mohamed bin Zayed', country: 'AE' },
  { name: 'Mahmoud Abbas', country: 'PS' },
  { name: 'Viktor Orbán', country: 'HU', aliases: ['Viktor Orban'] },
  { name: 'Kim Jong Un', country: 'KP', aliases: ['Kim Jong-un'] },
  { name: 'Fumio Kishida', country: 'JP' },
  { name: 'Shigeru Ishiba', country: 'JP' },
  { name: 'Luiz Inácio Lula da Silva', country: 'BR', aliases: ['Lula'] },
  { name: 'Cyril Ramaphosa', country: 'ZA' },
  { name: 'Bashar al-Assad', country: 'SY' },
  { name: 'Ahmed al-Sharaa', country: 'SY' },
  { name: 'Amir Khan Muttaqi', country: 'AF' },
  { name: 'Hibatullah Akhundzada', country: 'AF' },
  { name: 'Shehbaz Sharif', country: 'PK' },
  { name: 'Alexander Lukashenko', country: 'BY' },
  { name: 'Nikol Pashinyan', country: 'AM' },
  { name: 'Ilham Aliyev', country: 'AZ' },
  { name: 'Giorgia Meloni', country: 'IT' },
  { name: 'Pedro Sánchez', country: 'ES' },
  { name: 'Justin Trudeau', country: 'CA' },
  { name: 'Anthony Albanese', country: 'AU' },
  { name: 'António Guterres', country: null, aliases: ['Antonio Guterres'] },
  { name: 'Jens Stoltenberg', country: null },
  { name: 'Mark Rutte', country: null },
  { name: 'Ursula von der Leyen', country: null },
  { name: 'Josep Borrell', country: null },
  { name: 'Kaja Kallas', country: null },
  { name: 'Rafael Grossi', country: null },
  { name: 'Tedros Adhanom Ghebreyesus', country: null },
];

const BY_KEY = new Map<string, KnownOfficial>();
for (const k of KNOWN_OFFICIALS) {
  BY_KEY.set(k.name.toLowerCase(), k);
  for (const a of k.aliases ?? []) BY_KEY.set(a.toLowerCase(), k);
}

export function lookupKnownOfficial(name: string): KnownOfficial | null {
  return BY_KEY.get(name.toLowerCase()) ?? null;
}
