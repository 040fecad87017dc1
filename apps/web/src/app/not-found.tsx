export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        Nothing here. Back to the <a href="/">overview</a> or the <a href="/articles">articles</a>.
      </p>
    </>
  )
}
