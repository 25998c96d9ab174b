// natural is used through its individual modules, never its package index (which loads
// mongoose/pg/redis and prints dotenv lines). These modules carry no types of their own.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
